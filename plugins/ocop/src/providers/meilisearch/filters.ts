import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Compiles the Search Module's filter tree to a Meilisearch filter expression.
 * Field names must be filterable attributes of the index; every value is written
 * as a quoted string literal or a number, so a value can never become syntax.
 */

const FIELD = /^[A-Za-z0-9_.]+$/

function fail(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** A value as a Meilisearch literal: numbers and booleans bare, everything else double-quoted. */
export function literal(value: unknown): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) fail(`Filter value ${value} is not a finite number`)
    return String(value)
  }
  if (typeof value === "boolean") return value ? "true" : "false"
  if (value instanceof Date) return String(value.getTime())
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

function list(values: unknown[]) {
  return `[${values.map(literal).join(", ")}]`
}

function fieldExpression(field: string, raw: unknown): string {
  if (raw === null) return `${field} IS NULL`
  if (Array.isArray(raw)) return raw.length ? `${field} IN ${list(raw)}` : "false"
  if (typeof raw !== "object" || raw instanceof Date) return `${field} = ${literal(raw)}`
  const parts: string[] = []
  for (const [op, value] of Object.entries(raw as Record<string, unknown>)) {
    if (value === undefined) continue
    switch (op) {
      case "$eq":
        parts.push(value === null ? `${field} IS NULL` : `${field} = ${literal(value)}`)
        break
      case "$ne":
        parts.push(value === null ? `${field} IS NOT NULL` : `${field} != ${literal(value)}`)
        break
      case "$in":
      case "$overlaps": {
        const values = Array.isArray(value) ? value : [value]
        parts.push(values.length ? `${field} IN ${list(values)}` : "false")
        break
      }
      case "$nin": {
        const values = Array.isArray(value) ? value : [value]
        if (values.length) parts.push(`${field} NOT IN ${list(values)}`)
        break
      }
      case "$contains": {
        const values = Array.isArray(value) ? value : [value]
        parts.push(...values.map((v) => `${field} = ${literal(v)}`))
        break
      }
      case "$gt":
        parts.push(`${field} > ${literal(value)}`)
        break
      case "$gte":
        parts.push(`${field} >= ${literal(value)}`)
        break
      case "$lt":
        parts.push(`${field} < ${literal(value)}`)
        break
      case "$lte":
        parts.push(`${field} <= ${literal(value)}`)
        break
      case "$exists":
        parts.push(value ? `${field} EXISTS` : `${field} NOT EXISTS`)
        break
      default:
        // $prefix and $like: Meilisearch has no substring filter.
        fail(`The Meilisearch provider does not support the filter operator "${op}" (on "${field}")`)
    }
  }
  if (!parts.length) fail(`Empty operator map on filter field "${field}"`)
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`
}

/** The filter string for `filters`, or undefined when there is nothing to filter. */
export function toMeilisearchFilter(
  filters: SearchTypes.SearchFilters | undefined,
  filterable?: Set<string>
): string | undefined {
  if (!filters) return undefined
  const compile = (branch: SearchTypes.SearchFilters): string[] => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (value === undefined || key === "q") continue
      if (key === "$and" || key === "$or") {
        const children = (value as SearchTypes.SearchFilters[])
          .map((child) => compile(child))
          .filter((c) => c.length)
          .map((c) => (c.length === 1 ? c[0] : `(${c.join(" AND ")})`))
        if (!children.length) continue
        const joined = children.join(key === "$and" ? " AND " : " OR ")
        parts.push(children.length === 1 ? joined : `(${joined})`)
        continue
      }
      if (key === "$not") {
        const inner = compile(value as SearchTypes.SearchFilters)
        if (inner.length) parts.push(`NOT (${inner.join(" AND ")})`)
        continue
      }
      if (!FIELD.test(key) || (filterable && !filterable.has(key)))
        fail(`Field "${key}" is not filterable on this search index`)
      parts.push(fieldExpression(key, value))
    }
    return parts
  }
  const parts = compile(filters)
  return parts.length ? parts.join(" AND ") : undefined
}
