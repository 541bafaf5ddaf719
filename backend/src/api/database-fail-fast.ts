import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type PoolLike = { propagateCreateError?: boolean }

/**
 * Has a request that waits for a database connection told at once when the connection
 * cannot be made, so the error handler answers 503 while PostgreSQL is away.
 *
 * Medusa builds the shared knex pool with tarn's `propagateCreateError: false` and
 * offers no setting for it: a request needing a new connection during an outage then
 * waits out knex's 60 s acquire timeout, and only requests caught mid-query heard of
 * the outage. Switched on, a failed connect (refused at once, or after the driver's
 * 5 s connect timeout) rejects the request that waited for it; the pool still
 * reconnects by itself once PostgreSQL is back.
 */
export function failFastWithoutDatabase() {
  let pool: PoolLike | null | undefined
  return function databaseFailFast(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    if (pool === undefined) {
      const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION, { allowUnregistered: true }) as
        | { client?: { pool?: PoolLike } }
        | undefined
      pool = knex?.client?.pool ?? null
      if (pool) pool.propagateCreateError = true
    }
    next()
  }
}
