import type { SearchTypes } from "@medusajs/framework/types"
import {
  jsonbPath,
  normalizeFacetRequests,
  type IndexPlan,
} from "@medusajs/search-postgres/dist/utils"

/**
 * The pieces of a keyword search the provider already knows how to write: its
 * match predicate, relevance and compiled filters. Each pushes its own
 * placeholders when called, in SQL text order.
 */
export type OnePassParts = {
  table: string
  /** Where to match, rank, filter, count and facet when not the table itself (filter-table.ts). */
  filterTable?: string
  plan: IndexPlan
  query: SearchTypes.ProviderSearchQuery
  /** Relevance; `undefined` without text. */
  rankSql?: (params: unknown[]) => string
  /** Match predicate and filters. */
  conditionsSql: (params: unknown[]) => string[]
  skip: number
  take: number
}

export type OnePassStatement = {
  sql: string
  params: unknown[]
  facets: { field: string; column: string }[]
}

/**
 * OCOP's options for this provider, passed as
 * `search_options.provider_options["search-postgres"]`.
 */
export type OcopPostgresSearchOptions = {
  /**
   * Only whether anything matches: at most one matching document, whichever the
   * index finds first, with no relevance, count or facets. OCOP's typo tier asks
   * this of every candidate correction (search/ocop-search.ts).
   */
  exists?: boolean
}

type ValueFacet = { field: string; limit?: number; sort?: "count" | "alpha" }

/**
 * Whether a search can be answered by `onePassStatement`: plain keyword or
 * filter search with value facets on single-valued fields. Vectors, `distinct`,
 * `min_score`, stats/range facets and facet value queries stay with the
 * provider's own statements.
 */
export function fitsOnePass(
  query: SearchTypes.ProviderSearchQuery,
  plan: IndexPlan
): boolean {
  const options = query.search_options ?? {}
  if (options.vector || options.min_score !== undefined) return false
  if (options.distinct ?? query.index.settings?.distinct_attribute) return false
  if (query.q?.trim() && !plan.searchable.length) return false
  for (const [property] of Object.entries(query.pagination?.order ?? {})) {
    if (property === "_score") continue
    const planned = plan.fields.get(property)
    if (!planned || planned.is_array || planned.kind === "vector") return false
  }
  let requests: ReturnType<typeof normalizeFacetRequests>
  try {
    requests = normalizeFacetRequests(options.facets, plan)
  } catch {
    return false // the provider's own path reports the field it cannot facet
  }
  return requests.every(
    (r) => r.type === "value" && !r.query && !plan.fields.get(r.field)!.is_array
  )
}

/**
 * One statement for a page of hits, the exact count and every facet: the
 * matching documents are read once into a narrow working set (id, relevance,
 * sort keys, facet values) that the count, the facets and the page all read.
 * The provider sends one statement for the hits, one for the count and one per
 * facet, each finding and reading every matching document again (7 reads of
 * every match for an OCOP search). Only the page's documents are read whole.
 *
 * Same answer as the provider's statements: the same predicate and relevance,
 * its sort expressions, facets ordered by count then value with its default
 * limit of 10. Ties in the requested order are broken by id, so pages never
 * overlap.
 */
export function onePassStatement(parts: OnePassParts): OnePassStatement {
  const { table, plan, query } = parts
  const options = query.search_options ?? {}
  const params: unknown[] = []
  const order = Object.entries(query.pagination?.order ?? {})
  const hasText = !!parts.rankSql
  const scoreOrdered =
    hasText && (!order.length || order.some(([p]) => p === "_score"))

  // The working set's columns. Relevance is computed for every match only
  // when the order needs it; otherwise only for the page.
  const columns = [`"id"`]
  if (scoreOrdered) columns.push(`${parts.rankSql!(params)} AS score`)
  const sortKeys: string[] = []
  order.forEach(([property, direction], i) => {
    const dir = direction === "ASC" ? "ASC" : "DESC"
    if (property === "_score") {
      // Without text every relevance is the same (the provider's 0): no order.
      if (scoreOrdered) sortKeys.push(`score ${dir} NULLS LAST`)
      return
    }
    const planned = plan.fields.get(property)!
    const cast =
      planned.kind === "number"
        ? "::float8"
        : planned.kind === "boolean"
          ? "::boolean"
          : ""
    columns.push(`(${jsonbPath(property, true)})${cast} AS s${i}`)
    sortKeys.push(`s${i} ${dir} NULLS LAST`)
  })
  if (!order.length && scoreOrdered) sortKeys.push(`score DESC NULLS LAST`)
  sortKeys.push(`"id" ASC`)
  const facets = (
    normalizeFacetRequests(options.facets, plan) as ValueFacet[]
  ).map((request, i) => ({ request, column: `f${i}` }))
  for (const { request, column } of facets)
    columns.push(`${jsonbPath(request.field, true)} AS ${column}`)

  const conditions = parts.conditionsSql(params)
  const where = conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""
  const orderBy = sortKeys.join(", ")
  const pageColumns = [
    `"id"`,
    ...(scoreOrdered ? ["score"] : []),
    ...order
      .map(([p], i) => (p === "_score" ? undefined : `s${i}`))
      .filter(Boolean),
  ]
  const pageSql = `SELECT ${pageColumns.join(", ")} FROM matched ORDER BY ${orderBy} LIMIT ? OFFSET ?`
  params.push(parts.take, parts.skip)

  // The page's relevance: from the working set, or computed for its rows only.
  const pageScore = scoreOrdered
    ? "page.score"
    : hasText && options.include_score
      ? parts.rankSql!(params).replace(
          /"search_vector"/g,
          `doc."search_vector"`
        )
      : "NULL"
  const hitsSql = `(SELECT coalesce(json_agg(json_build_object('id', page."id", 'document', doc."document", 'score', ${pageScore}) ORDER BY ${sortKeys
    .map((k) => `page.${k}`)
    .join(", ")}), '[]'::json)
      FROM page JOIN "${table}" doc ON doc."id" = page."id")`

  const facetSql = facets.map(({ request, column }) => {
    params.push(request.limit ?? 10)
    const facetOrder =
      request.sort === "alpha" ? "value ASC" : "count DESC, value ASC"
    return `(SELECT coalesce(json_agg(json_build_object('value', value, 'count', count) ORDER BY ${facetOrder}), '[]'::json)
      FROM (SELECT ${column} AS value, COUNT(*)::int AS count FROM matched
            WHERE ${column} IS NOT NULL GROUP BY 1 ORDER BY ${facetOrder} LIMIT ?) v) AS ${column}`
  })

  const count = options.count !== "none"
  const sql = `WITH matched AS MATERIALIZED (SELECT ${columns.join(", ")} FROM "${parts.filterTable ?? table}" ${where}),
    page AS (${pageSql})
    SELECT ${[
      count
        ? `(SELECT COUNT(*)::int FROM matched) AS count`
        : `NULL::int AS count`,
      `${hitsSql} AS hits`,
      ...facetSql,
    ].join(",\n      ")}`
  return {
    sql,
    params,
    facets: facets.map(({ request, column }) => ({
      field: request.field,
      column,
    })),
  }
}

/**
 * Whether anything matches: the matches as the full search finds them, read only
 * until the first one, with nothing ranked, counted or grouped. A full search's
 * statement puts every match, with its relevance, into its working set first, which
 * made the typo tier (a probe per candidate correction) twice as slow at 50k.
 *
 * The matches are a materialized CTE so that they are planned as the full search
 * plans them, for every match (the text index): under a plain `LIMIT 1` the
 * planner expects a candidate of common words to match early in the table and
 * scans it, reading every document's out-of-line tsvector when they never match
 * together.
 */
export function existsStatement(
  parts: Pick<OnePassParts, "table" | "filterTable" | "conditionsSql">
): { sql: string; params: unknown[] } {
  const params: unknown[] = []
  const conditions = parts.conditionsSql(params)
  const where = conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""
  return {
    sql: `WITH matched AS MATERIALIZED (SELECT "id" FROM "${parts.filterTable ?? parts.table}" ${where})
    SELECT doc."id", doc."document"
      FROM (SELECT "id" FROM matched LIMIT 1) hit
      JOIN "${parts.table}" doc ON doc."id" = hit."id"`,
    params,
  }
}
