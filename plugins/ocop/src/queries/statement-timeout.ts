import type { Knex } from "@mikro-orm/postgresql"

/**
 * How long one statement of a shopper's read (search, the filtered catalog) may run
 * before PostgreSQL cancels it (OCOP_READ_STATEMENT_TIMEOUT_MS, default 5 s). Search
 * statements take well under a second at 50k products (bench/README.md), but the
 * catalog's price filter took 6–8 s for 42 products on the shared test machine
 * (docs/speed.md): the default stays above that until that query is fixed, then
 * comes down to a few seconds. The request then fails with 503 and Retry-After
 * (backend/src/api/error-handler.ts).
 */
export function readStatementTimeoutMs(
  env: Record<string, string | undefined> = process.env
): number {
  const value = env.OCOP_READ_STATEMENT_TIMEOUT_MS
  if (value === undefined || value.trim() === "") return 5_000
  const ms = Number(value)
  if (!Number.isInteger(ms) || ms < 1)
    throw new Error(
      `OCOP_READ_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds ≥ 1, got "${value}"`
    )
  return ms
}

// set_config(…, true) is SET LOCAL: it ends with the transaction, so the pooled
// connection goes back with PostgreSQL's own default.
const SET_LOCAL_TIMEOUT = "select set_config('statement_timeout', ?, true)"

/**
 * Runs `read` in a transaction whose statements PostgreSQL cancels after `ms`. The
 * statements share one connection, so a read that ran two at once runs them in turn.
 */
export async function withStatementTimeout<T>(
  knex: Knex,
  ms: number,
  read: (trx: Knex) => Promise<T>
): Promise<T> {
  return await knex.transaction(async (trx) => {
    await trx.raw(SET_LOCAL_TIMEOUT, [String(ms)])
    return await read(trx)
  })
}

/** The slice of MikroORM's entity manager the search provider uses. */
export type ExecutingManager = {
  execute: (sql: string, params?: unknown[]) => Promise<unknown>
  transactional?: <T>(run: (manager: any) => Promise<T>) => Promise<T>
}

/**
 * The search provider's manager with every plain read (a statement starting with
 * SELECT or WITH, outside a transaction the provider opened) run under the timeout.
 * Writes and the provider's own transactions (a reindex) are left as they are.
 */
export function timedReads<M extends ExecutingManager>(
  manager: M,
  ms: number,
  // Where each read waits for its turn (read-slots.ts): by default, nowhere.
  inSlot: <T>(read: () => Promise<T>) => Promise<T> = (read) => read()
): M {
  if (!manager.transactional) return manager
  const transactional = manager.transactional.bind(manager)
  return new Proxy(manager, {
    get(target, property, receiver) {
      if (property !== "execute") return Reflect.get(target, property, receiver)
      return (sql: string, params?: unknown[]) =>
        /^\s*(select|with)\b/i.test(sql)
          ? inSlot(() =>
              transactional(async (em: ExecutingManager) => {
                await em.execute(SET_LOCAL_TIMEOUT, [String(ms)])
                return await em.execute(sql, params)
              })
            )
          : target.execute(sql, params)
    },
  })
}
