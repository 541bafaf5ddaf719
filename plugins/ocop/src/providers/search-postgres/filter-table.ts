import type { SearchTypes } from "@medusajs/framework/types"
import type { IndexPlan } from "@medusajs/search-postgres/dist/utils"

/**
 * A narrow copy of each document table's filter fields (decision 024, "Left"). A search
 * without text reads every document of the sales channel to filter, count and facet
 * them; the document table's rows are about 4 kB wide (the Search Module's `indexed`
 * jsonb holds every field, descriptions and folded text included), so at 50,000
 * documents that scan alone took 197 of 302 ms. This table holds, per document, an
 * `indexed` jsonb of only the fields a filter, sort or facet may name, kept in step by
 * triggers on the document table, so the same filter SQL runs over a fraction of the pages.
 */
export const filterTableName = (table: string) => `${table}_filters`

// PostgreSQL cuts identifiers at 63 bytes: a longer name would address another table.
const fitsIdentifier = (name: string) => Buffer.byteLength(name) <= 63

/** The top-level `indexed` keys of the fields a filter, sort or facet may read. */
export function filterKeys(plan: IndexPlan): string[] {
  const keys = new Set<string>()
  for (const planned of plan.fields.values()) {
    const { filterable, sortable, facetable } = planned.field as {
      filterable?: unknown
      sortable?: unknown
      facetable?: unknown
    }
    if (filterable || sortable || facetable) keys.add(planned.path.split(".")[0])
  }
  keys.add(String(plan.primary_key ?? "id"))
  return [...keys].sort()
}

type Executor = { execute: (sql: string, params?: unknown[]) => Promise<unknown> }

// The part of a document's `indexed` the copy keeps: one definition, for the trigger
// and for filling a table from rows already there.
const PROJECTION_FUNCTION = `CREATE OR REPLACE FUNCTION ocop_search_filter_fields(doc jsonb, keys text[])
RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb) FROM jsonb_each(doc) WHERE key = ANY (keys)
$$`

// One trigger function for every document table: the keys to keep come as trigger arguments.
const SYNC_FUNCTION = `CREATE OR REPLACE FUNCTION ocop_search_filters_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  target text := TG_TABLE_NAME || '_filters';
BEGIN
  -- DELETE, not TRUNCATE: a TRUNCATE of both tables at once (a test's teardown) would
  -- truncate this one again from inside its own command.
  IF TG_OP = 'TRUNCATE' THEN
    EXECUTE format('DELETE FROM %I', target);
    RETURN NULL;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    EXECUTE format('DELETE FROM %I WHERE id = $1', target) USING OLD.id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format('INSERT INTO %I (id, indexed) VALUES ($1, $2)', target)
      USING NEW.id, ocop_search_filter_fields(NEW.indexed, TG_ARGV);
  END IF;
  RETURN NULL;
END $$`

/** Whether `table` has its filter table. */
export async function filterTableExists(manager: Executor, table: string): Promise<boolean> {
  const [row] = (await manager.execute(`SELECT to_regclass(?) IS NOT NULL AS found`, [
    `"${filterTableName(table)}"`,
  ])) as { found: boolean }[]
  return !!row?.found
}

/**
 * Creates the filter table of `table` with its triggers, and fills it from the rows
 * already there (a document table made before this table existed). In the caller's
 * transaction, under a lock, so two servers starting at once do it once; every
 * statement may also run twice without harm.
 */
export async function createFilterTable(
  manager: Executor,
  table: string,
  plan: IndexPlan
): Promise<void> {
  const target = filterTableName(table)
  // The longest name made here; the search reads the table only when it exists.
  if (!fitsIdentifier(`${target}_indexed_idx`)) return
  await manager.execute(`SELECT pg_advisory_xact_lock(hashtext('ocop_search_filters'))`)
  if (await filterTableExists(manager, table)) return
  const keys = filterKeys(plan)
  const args = keys.map((k) => `'${k.replace(/'/g, "''")}'`).join(", ")
  await manager.execute(PROJECTION_FUNCTION)
  await manager.execute(SYNC_FUNCTION)
  await manager.execute(
    `CREATE TABLE IF NOT EXISTS "${target}" ("id" text PRIMARY KEY, "indexed" jsonb NOT NULL)`
  )
  await manager.execute(
    `CREATE INDEX IF NOT EXISTS "${target}_indexed_idx" ON "${target}" USING GIN ("indexed" jsonb_path_ops)`
  )
  // The triggers lock out writes to the document table until this transaction ends,
  // so the copy below misses nothing written meanwhile.
  await manager.execute(
    `CREATE OR REPLACE TRIGGER "${table}_filters_rows" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
       FOR EACH ROW EXECUTE FUNCTION ocop_search_filters_sync(${args})`
  )
  await manager.execute(
    `CREATE OR REPLACE TRIGGER "${table}_filters_truncate" AFTER TRUNCATE ON "${table}"
       FOR EACH STATEMENT EXECUTE FUNCTION ocop_search_filters_sync()`
  )
  await manager.execute(
    `INSERT INTO "${target}" (id, indexed)
       SELECT id, ocop_search_filter_fields(indexed, ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))
       FROM "${table}"
       ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(keys)]
  )
}

/** Drops the filter table with its document table (the triggers go with the latter). */
export async function dropFilterTable(manager: Executor, table: string) {
  await manager.execute(`DROP TABLE IF EXISTS "${filterTableName(table)}"`)
}

/**
 * Whether a search can read the filter table: no text, and every field its filters,
 * order and facets name is one the table keeps.
 */
export function readsFilterTable(
  query: SearchTypes.ProviderSearchQuery,
  plan: IndexPlan,
  facetFields: string[]
): boolean {
  if (query.q?.trim()) return false
  const kept = new Set(filterKeys(plan))
  const top = (path: string) => path.split(".")[0]
  const named: string[] = [
    ...filterFields(query.filters),
    ...Object.keys(query.pagination?.order ?? {}).filter((p) => p !== "_score"),
    ...facetFields,
  ]
  return named.every((path) => kept.has(top(path)))
}

/** Every field a filter object names, through $and, $or and $not. */
function filterFields(filters: unknown): string[] {
  if (!filters || typeof filters !== "object") return []
  return Object.entries(filters as Record<string, unknown>).flatMap(([key, value]) => {
    if (key === "q") return []
    if (key === "$and" || key === "$or")
      return (Array.isArray(value) ? value : []).flatMap(filterFields)
    if (key === "$not") return filterFields(value)
    return [key]
  })
}
