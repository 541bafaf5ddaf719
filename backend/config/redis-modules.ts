/**
 * Medusa's Redis-backed infrastructure, used when REDIS_URL is set: the event bus
 * (BullMQ queues, so a subscriber runs once in the worker whichever server emitted),
 * the workflow engine (long-running workflows and scheduled jobs shared by every
 * process: a job fires once per tick, not once per process), the Locking Module
 * (stock reservations serialised across instances) and the Caching Module.
 * Without REDIS_URL the in-process defaults stay, which is right for one process.
 */
export function redisModules(redisUrl: string | undefined) {
  if (!redisUrl) return []
  return [
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      options: {
        redisUrl,
        // Finished jobs are kept an hour for inspection, then dropped so Redis
        // does not grow with every event ever emitted.
        jobOptions: {
          removeOnComplete: { age: 3600, count: 1000 },
          removeOnFail: { age: 3600, count: 1000 },
        },
      },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
        // How long a lock taken without a timeout is waited for. Core's
        // reserveInventoryStep takes the items' locks so, and the provider's 5 s
        // default refused a queue of checkouts for one popular item on a busy
        // server with "try again" while units were left. 30 s matches the
        // plugin's own stock locks (LOCK_TIMEOUT_SECONDS). It sits here, not in
        // the provider's options: Medusa 2.21 constructs the provider with the
        // module's options (its loader alone gets the provider's).
        waitLockingTimeout: 30,
      },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  ]
}
