import type { SearchTypes } from "@medusajs/framework/types"
import type { IndexPlan } from "@medusajs/search-postgres/dist/utils"

/**
 * A narrow copy of each document table's search fields (decision 024). The document
 * table's rows are about 4 kB wide (the Search Module's `indexed` jsonb holds every
 * field, descriptions and folded text included) with the search vector out of line, so
 * a search without text read every document of the sales channel (at 50,000, the scan
 * alone took 197 of 302 ms), and one with text read each match's row and its vector
 * from the toast table, and its filters and facets out of the wide `indexed`. This
 * table holds, per document, an `indexed` jsonb of only the fields a filter, sort or
 * facet may name and the search vector, kept in step by triggers on the document
 * table, so the same match, relevance and filter SQL reads a fraction of the pages.
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

// One trigger function for every document table: the keys to keep come as trigger
// arguments. Copies made before the search vector was kept use the former function,
// ocop_search_filters_sync, until a reindex makes a new table or the provider creates
// theirs again (createFilterTable moves them to this one); it is left in place for them.
const SYNC_FUNCTION = `CREATE OR REPLACE FUNCTION ocop_search_copy_sync() RETURNS trigger
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
    EXECUTE format('INSERT INTO %I (id, indexed, search_vector) VALUES ($1, $2, $3)', target)
      USING NEW.id, ocop_search_filter_fields(NEW.indexed, TG_ARGV), NEW.search_vector;
  END IF;
  RETURN NULL;
END $$`

/** What a document table's copy holds: none at all, the filter fields, or those and the search vector. */
export type FilterTableShape = { found: boolean; text: boolean }

/** Whether `table` has its copy, and whether the copy keeps the search vector. */
export async function filterTableShape(
  manager: Executor,
  table: string
): Promise<FilterTableShape> {
  const [row] = (await manager.execute(
    `SELECT to_regclass(?) IS NOT NULL AS found,
            EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(?)
                    AND attname = 'search_vector' AND NOT attisdropped) AS text`,
    [`"${filterTableName(table)}"`, `"${filterTableName(table)}"`]
  )) as FilterTableShape[]
  return { found: !!row?.found, text: !!row?.text }
}

/** Whether `table` has its copy. */
export async function filterTableExists(manager: Executor, table: string): Promise<boolean> {
  return (await filterTableShape(manager, table)).found
}

/**
 * Creates the copy of `table` with its triggers and indexes, and fills it from the
 * rows already there (a document table made before the copy existed); gives a copy
 * made before the search vector was kept its vector. In the caller's transaction,
 * under a lock, so two servers starting at once do it once; every statement may also
 * run twice without harm.
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
  const shape = await filterTableShape(manager, table)
  if (shape.text) return
  const keys = filterKeys(plan)
  const args = keys.map((k) => `'${k.replace(/'/g, "''")}'`).join(", ")
  await manager.execute(PROJECTION_FUNCTION)
  await manager.execute(SYNC_FUNCTION)
  await manager.execute(
    `CREATE TABLE IF NOT EXISTS "${target}" ("id" text PRIMARY KEY, "indexed" jsonb NOT NULL)`
  )
  await manager.execute(
    `ALTER TABLE "${target}" ADD COLUMN IF NOT EXISTS "search_vector" tsvector NOT NULL DEFAULT ''::tsvector`
  )
  // The triggers lock out writes to the document table until this transaction ends,
  // so the copy below misses nothing written meanwhile.
  await manager.execute(
    `CREATE OR REPLACE TRIGGER "${table}_filters_rows" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
       FOR EACH ROW EXECUTE FUNCTION ocop_search_copy_sync(${args})`
  )
  await manager.execute(
    `CREATE OR REPLACE TRIGGER "${table}_filters_truncate" AFTER TRUNCATE ON "${table}"
       FOR EACH STATEMENT EXECUTE FUNCTION ocop_search_copy_sync()`
  )
  await manager.execute(
    `INSERT INTO "${target}" (id, indexed, search_vector)
       SELECT id, ocop_search_filter_fields(indexed, ARRAY(SELECT jsonb_array_elements_text(?::jsonb))), search_vector
       FROM "${table}"
       ON CONFLICT (id) DO UPDATE SET indexed = EXCLUDED.indexed, search_vector = EXCLUDED.search_vector`,
    [JSON.stringify(keys)]
  )
  // Built once the rows are in: faster than growing them row by row.
  await manager.execute(
    `CREATE INDEX IF NOT EXISTS "${target}_indexed_idx" ON "${target}" USING GIN ("indexed" jsonb_path_ops)`
  )
  await manager.execute(
    `CREATE INDEX IF NOT EXISTS "${target}_vector_idx" ON "${target}" USING GIN ("search_vector")`
  )
}

/** Drops the filter table with its document table (the triggers go with the latter). */
export async function dropFilterTable(manager: Executor, table: string) {
  await manager.execute(`DROP TABLE IF EXISTS "${filterTableName(table)}"`)
}

/**
 * Whether a search can read the copy: every field its filters, order and facets name
 * is one the copy keeps, and a text search needs only the search vector: the copy keeps
 * no `search_text` for the provider's typo tolerance, nor the fields for a vector made
 * on the fly from some of the searchable fields.
 */
export function readsFilterTable(
  query: SearchTypes.ProviderSearchQuery,
  plan: IndexPlan,
  facetFields: string[],
  shape: FilterTableShape
): boolean {
  if (!shape.found) return false
  if (query.q?.trim()) {
    const options = query.search_options ?? {}
    if (!shape.text || options.typo_tolerance || options.attributes_to_search_on) return false
  }
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
