import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureCatalogEntries } from "../../../queries/catalog-entries"

/**
 * Creates the store catalog's read model and its triggers when the app starts, if this
 * database lacks them (decision 025). Not a migration: some of the tables it watches
 * are link tables, which the link sync makes after every module's migrations.
 */
export default async function catalogEntriesLoader({ container }: LoaderOptions) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // A module's own tests boot it without the app's connection or the other tables.
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION, {
    allowUnregistered: true,
  })
  if (knex && !(await ensureCatalogEntries(knex)))
    logger.info("ocop: catalog entries wait for the link tables (next start)")
}
