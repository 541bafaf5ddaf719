import type { Knex } from "@mikro-orm/postgresql"
import {
  filterTableExists,
  filterTableName,
} from "../providers/search-postgres/filter-table"

/** The knex connection as the provider's helpers call a database: rows back. */
const rowsOf = (pg: Knex) => ({
  execute: async (sql: string, params: unknown[] = []) =>
    (await pg.raw(sql, params as any[])).rows,
})

/**
 * The tables of every PostgreSQL version of the OCOP product index, as the
 * Search Module's PostgreSQL provider lists them in its catalogue.
 */
export async function ocopSearchIndexTables(pg: Knex): Promise<string[]> {
  const { rows } = await pg.raw(
    `select table_name from search_postgres_index where name like 'ocop_product%'`
  )
  // Table names are interpolated into SQL by the callers.
  return (rows as { table_name: string }[])
    .map((r) => r.table_name)
    .filter((name) => /^[a-z0-9_]+$/.test(name))
}

/**
 * Gives the planner statistics on freshly written index tables at once. A full
 * reindex fills a new table; until autovacuum analyzes it, PostgreSQL guesses
 * how many documents a text query matches and may pick the jsonb index over the
 * text index (decision 008): 2 s instead of 0.3 s a search at 10k.
 */
export async function analyzeOcopSearchIndexes(pg: Knex) {
  for (const table of await ocopSearchIndexTables(pg)) {
    await pg.raw(`analyze "${table}"`)
    // Its narrow copy of the filter fields (providers/search-postgres/filter-table.ts).
    if (await filterTableExists(rowsOf(pg), table))
      await pg.raw(`analyze "${filterTableName(table)}"`)
  }
}
