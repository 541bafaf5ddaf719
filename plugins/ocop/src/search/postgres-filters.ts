import type { SearchTypes } from "@medusajs/framework/types"

/**
 * The OCOP filter tree, restated so that the Search Module's PostgreSQL provider
 * compiles it to SQL its planner does not misjudge (decision 008).
 *
 * The provider turns an equality on a field into `"indexed" @> '{…}'`.
 * PostgreSQL keeps no statistics on `indexed` (each document's copy is wider
 * than the 1 kB ANALYZE samples), so it guesses 1 % for every containment and
 * multiplies the guesses. Filters that keep most of the catalogue (one
 * province of two, in stock) then look like a handful of rows: the planner reads
 * the jsonb index instead of the text index and rechecks nearly every document.
 *
 * Equalities on those broad fields are written as `$like` (wildcards escaped)
 * or a `$gte`/`$lte` pair, which the provider compiles to `indexed->>'field'`
 * comparisons that no index serves, so the text index drives. Narrow fields
 * (commune, category, producer) keep containment: there the jsonb index is
 * the right way in and the guess errs on the safe side. Arrays keep it too (the
 * provider allows nothing else on them); one guess alone does not outweigh the
 * text index.
 */
export const BROAD_FILTER_FIELDS = [
  "province_code",
  "in_stock",
  "stars",
  "category_sector",
  "is_ocop",
  "certification_status",
  "status",
]

export function filtersForPostgres(
  filters: SearchTypes.SearchFilters,
  fields: Record<string, SearchTypes.SearchFieldDefinition>
): SearchTypes.SearchFilters {
  const out: Record<string, unknown> = {}
  // Two fields that both become an `$or` cannot share one object.
  const more: Record<string, unknown>[] = []
  const put = (key: string, value: unknown) =>
    key in out ? more.push({ [key]: value }) : (out[key] = value)
  for (const [key, value] of Object.entries(filters)) {
    if (key === "$and" || key === "$or") {
      put(
        key,
        (value as SearchTypes.SearchFilters[]).map((f) =>
          filtersForPostgres(f, fields)
        )
      )
    } else if (key === "$not") {
      put(key, filtersForPostgres(value as SearchTypes.SearchFilters, fields))
    } else {
      const definition = BROAD_FILTER_FIELDS.includes(key) ? fields[key] : undefined
      for (const [k, v] of Object.entries(fieldForPostgres(key, value, definition)))
        put(k, v)
    }
  }
  return (more.length ? { $and: [out, ...more] } : out) as SearchTypes.SearchFilters
}

const LIKE_SPECIAL = /[\\%_]/g

function equalTo(
  type: SearchTypes.SearchFieldKind,
  value: unknown
): Record<string, unknown> | undefined {
  if (type === "keyword" && typeof value === "string")
    return { $like: value.replace(LIKE_SPECIAL, "\\$&") }
  if ((type === "integer" || type === "float") && typeof value === "number")
    return { $gte: value, $lte: value }
  // One comparison, not a pair: each one reads the document again.
  if (type === "boolean" && typeof value === "boolean")
    return value ? { $gte: true } : { $lte: false }
  return undefined
}

/** One broad field's condition; anything but a plain equality or `$in` on a scalar is left as it was. */
function fieldForPostgres(
  field: string,
  condition: unknown,
  definition: SearchTypes.SearchFieldDefinition | undefined
): Record<string, unknown> {
  const unchanged = { [field]: condition }
  if (!definition || definition.array) return unchanged
  let values: unknown[]
  if (condition === null) return unchanged
  if (Array.isArray(condition)) values = condition
  else if (typeof condition !== "object") values = [condition]
  else {
    const ops = Object.keys(condition as object)
    if (ops.length !== 1 || !["$eq", "$in"].includes(ops[0])) return unchanged
    const v = (condition as Record<string, unknown>)[ops[0]]
    values = Array.isArray(v) ? v : [v]
  }
  const each = values.map((v) => equalTo(definition.type, v))
  if (!each.length || each.some((e) => !e)) return unchanged
  return each.length === 1
    ? { [field]: each[0] }
    : { $or: each.map((e) => ({ [field]: e })) }
}
