import type {
  ISearchModuleService,
  Logger,
  SearchTypes,
} from "@medusajs/framework/types"
import type { Knex } from "@mikro-orm/postgresql"
import { findCategorySet } from "../modules/certification/rules/category-sets"
import { foldVietnamese } from "../modules/admin-units/rules/fold-vietnamese"
import { effectiveStatus, isOcopProduct } from "../modules/certification/rules/validity"
import {
  OCOP_PRODUCT_FALLBACK_INDEX,
  OCOP_PRODUCT_INDEX,
  POSTGRES_SEARCH_PROVIDER,
} from "./ocop-product-index"
import {
  correctedQueries,
  wordAlternatives,
} from "./typo-corrections"
import { filtersForPostgres } from "./postgres-filters"
import type { OcopPostgresSearchOptions } from "../providers/search-postgres/one-pass-search"
import { readStatementTimeoutMs, withStatementTimeout } from "../queries/statement-timeout"
import type {
  OcopSearchFacet,
  OcopSearchHit,
  OcopSearchResult,
} from "../types/store"

/**
 * OCOP product search through Medusa's Search Module: the engine behind
 * `GET /store/ocop/search` and the storefront's suggestions. Exact matches first;
 * only when nothing matches, typo-tolerant matching; when that finds nothing
 * either, near matches on any word are returned as suggestions.
 *
 * On PostgreSQL the typo tier corrects the query against the vocabulary of
 * indexed words (search/typo-corrections.ts) and searches the corrected words
 * exactly: the provider's own typo tolerance compares the query with every
 * document's text and cannot use an index. Meilisearch corrects typos itself.
 */

export const OCOP_SEARCH_ORDERS = [
  "relevance",
  "-stars",
  "stars",
  "price",
  "-price",
  "-created_at",
] as const
export type OcopSearchOrder = (typeof OCOP_SEARCH_ORDERS)[number]

export type OcopSearchParams = {
  q?: string
  stars?: number[]
  min_stars?: number
  province?: string[]
  commune?: string[]
  category?: string[]
  sector?: number[]
  producer?: string[]
  in_stock?: boolean
  min_price?: number
  max_price?: number
  order?: OcopSearchOrder
  limit?: number
  offset?: number
  /** Typeahead: the last word is a prefix, no facets. */
  suggest?: boolean
}

// The response shapes are the store API's, exported to the storefront from types/.
export type { OcopSearchFacet, OcopSearchHit, OcopSearchResult }

const RETURNED_FIELDS = [
  "id",
  "handle",
  "title",
  "title_en",
  "thumbnail",
  "price_vnd",
  "stars",
  "is_ocop",
  "certification_status",
  "recognized_year",
  "valid_until",
  "in_stock",
  "producer_id",
  "producer_handle",
  "producer_name",
  "commune_code",
  "commune_name",
  "province_code",
  "province_name",
]

const FACET_FIELDS = [
  "stars",
  "province_code",
  "category_set",
  "producer_id",
  "in_stock",
]

/** The filter tree for the Search Module; every value is bound as data by the provider. */
export function ocopSearchFilters(
  params: OcopSearchParams,
  salesChannelIds?: string[]
): SearchTypes.SearchFilters {
  // No `status` filter: the index holds published products only, and on PostgreSQL
  // a condition every document meets steers the planner onto the jsonb index
  // instead of the text index (1.7 s instead of 0.18 s per facet at 50k).
  const and: SearchTypes.SearchFilters[] = []
  if (salesChannelIds)
    and.push({ sales_channel_ids: { $in: salesChannelIds.length ? salesChannelIds : ["-"] } })
  if (params.stars?.length) and.push({ stars: { $in: params.stars } })
  if (params.min_stars !== undefined) and.push({ stars: { $gte: params.min_stars } })
  if (params.province?.length) and.push({ province_code: { $in: params.province } })
  if (params.commune?.length) and.push({ commune_code: { $in: params.commune } })
  if (params.category?.length)
    and.push({ category_set: { $in: params.category.map((c) => c.padStart(2, "0")) } })
  if (params.sector?.length) and.push({ category_sector: { $in: params.sector } })
  if (params.producer?.length)
    and.push({
      $or: [
        { producer_id: { $in: params.producer } },
        { producer_handle: { $in: params.producer } },
      ],
    })
  if (params.in_stock !== undefined) and.push({ in_stock: params.in_stock })
  if (params.min_price !== undefined) and.push({ price_vnd: { $gte: params.min_price } })
  if (params.max_price !== undefined) and.push({ price_vnd: { $lte: params.max_price } })
  return and.length === 0 ? {} : and.length === 1 ? and[0] : { $and: and }
}

function orderOf(
  order: OcopSearchOrder | undefined,
  hasQuery: boolean
): Record<string, SearchTypes.SearchOrderBy> {
  switch (order) {
    case "-stars":
      return { stars: "DESC", _score: "DESC" }
    case "stars":
      return { stars: "ASC", _score: "DESC" }
    case "price":
      return { price_vnd: "ASC" }
    case "-price":
      return { price_vnd: "DESC" }
    case "-created_at":
      return { created_at: "DESC" }
    default:
      // Equal scores (products found by their set's label alone) show the
      // better-rated first.
      return hasQuery ? { _score: "DESC", stars: "DESC" } : { stars: "DESC" }
  }
}

/** Whether an error means the engine could not be reached (as opposed to a bad query). */
export function isUnreachableError(error: any): boolean {
  return (
    error?.code === "search_engine_unreachable" ||
    /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|fetch failed|socket hang up/i.test(
      `${error?.message ?? ""} ${error?.cause?.code ?? ""}`
    )
  )
}

const EXISTS_ONLY: OcopPostgresSearchOptions = { exists: true }

type Deps = {
  search: ISearchModuleService
  logger?: Logger
  /**
   * The shop's database: the typo vocabulary and the facets' names. Without it typos
   * are left to the provider and facets show their codes.
   */
  pg?: Knex
}

export async function searchOcopProducts(
  deps: Deps,
  params: OcopSearchParams,
  salesChannelIds?: string[]
): Promise<OcopSearchResult> {
  try {
    return await searchIndex(deps, OCOP_PRODUCT_INDEX, params, salesChannelIds)
  } catch (error) {
    if (!isUnreachableError(error) || !hasIndex(deps.search, OCOP_PRODUCT_FALLBACK_INDEX))
      throw error
    deps.logger?.warn(
      `[ocop search] the search engine is unreachable (${(error as Error).message}); answering from PostgreSQL`
    )
    const result = await searchIndex(
      deps,
      OCOP_PRODUCT_FALLBACK_INDEX,
      params,
      salesChannelIds
    )
    return { ...result, degraded: true }
  }
}

function hasIndex(search: ISearchModuleService, name: string) {
  try {
    search.getIndex(name)
    return true
  } catch {
    return false
  }
}

async function searchIndex(
  deps: Deps,
  index: string,
  params: OcopSearchParams,
  salesChannelIds?: string[]
): Promise<OcopSearchResult> {
  const q = params.q ? foldVietnamese(params.q) : ""
  const definition = deps.search.getIndex(index)
  const filters =
    definition.provider === POSTGRES_SEARCH_PROVIDER
      ? filtersForPostgres(ocopSearchFilters(params, salesChannelIds), definition.fields)
      : ocopSearchFilters(params, salesChannelIds)
  const limit = params.limit ?? 24
  const offset = params.offset ?? 0
  const run = (options: SearchTypes.SearchOptions, text = q) =>
    deps.search.search({
      entity: index,
      fields: RETURNED_FIELDS,
      filters: text ? { ...filters, q: text } : filters,
      pagination: { skip: offset, take: limit, order: orderOf(params.order, !!q) },
      search_options: {
        ...(params.suggest ? {} : { facets: FACET_FIELDS }),
        count: "exact",
        ...options,
      },
    })

  let match: OcopSearchResult["match"] = q ? "exact" : "all"
  let corrected: string | undefined
  const strategy = params.suggest ? "last" : "all"
  let result = await run({ match_strategy: strategy, typo_tolerance: false })
  // With Meilisearch in front, its own typo tolerance answers; the PostgreSQL
  // mirror and the PostgreSQL default correct the words first.
  const engineTypos =
    !deps.pg ||
    (index === OCOP_PRODUCT_INDEX && hasIndex(deps.search, OCOP_PRODUCT_FALLBACK_INDEX))
  if (q && !result.metadata.count && engineTypos) {
    match = "typo"
    result = await run({ match_strategy: strategy, typo_tolerance: true })
    if (!result.metadata.count && !params.suggest) {
      match = "near"
      result = await run({ match_strategy: "any", typo_tolerance: true })
    }
  } else if (q && !result.metadata.count) {
    const words = q.split(/[^a-z0-9]+/).filter(Boolean)
    // As you type, the last word is a prefix still being typed: not a typo.
    const fixed = params.suggest ? words.slice(0, -1) : words
    // Under the same statement timeout as the provider's reads (queries/statement-timeout.ts).
    const alternatives = fixed.length
      ? await withStatementTimeout(deps.pg!, readStatementTimeoutMs(), (trx) => wordAlternatives(trx, fixed))
      : []
    if (params.suggest) alternatives.push([{ word: words.at(-1)!, cost: 0 }])
    for (const candidate of correctedQueries(words, alternatives)) {
      // Only "does anything match?": on PostgreSQL an index lookup instead of a
      // full search (ranking, counting and faceting every match) per candidate.
      // Any other engine answers with its best hit, which tells the same.
      const probe = await deps.search.search({
        entity: index,
        fields: ["id"],
        filters: { ...filters, q: candidate },
        pagination: { skip: 0, take: 1 },
        search_options: {
          count: "none",
          match_strategy: strategy,
          typo_tolerance: false,
          provider_options: { [POSTGRES_SEARCH_PROVIDER]: EXISTS_ONLY },
        },
      })
      if (probe.hits.length) {
        match = "typo"
        corrected = candidate
        result = await run({ match_strategy: strategy, typo_tolerance: false }, candidate)
        break
      }
    }
    if (!corrected && !params.suggest && words.length) {
      // Near matches: any typed word or any of its corrections.
      const near = [...new Set([...words, ...alternatives.flat().map((a) => a.word)])]
      match = "near"
      result = await run({ match_strategy: "any", typo_tolerance: false }, near.join(" "))
    }
  }
  return {
    products: result.hits.map((hit) => toHit(hit)),
    count: result.metadata.count ?? result.hits.length,
    match,
    ...(corrected ? { corrected_q: corrected } : {}),
    facets: await labelFacets(deps.pg, result.facets ?? {}),
  }
}

function toHit(hit: SearchTypes.SearchHit, today = new Date()): OcopSearchHit {
  const d = hit.document as any
  // The document was written when the product last changed; a certificate that
  // ended since is expired today, as the catalog computes it on every read.
  const certificate = {
    status: d.certification_status === "expired" ? "expired" : "active",
    stars: Number(d.stars),
    recognized_year: d.recognized_year == null ? null : Number(d.recognized_year),
    valid_until: (d.valid_until as string | null) ?? null,
  } as const
  return {
    id: hit.id,
    handle: d.handle,
    title: d.title,
    title_en: d.title_en ?? null,
    thumbnail: d.thumbnail ?? null,
    price_vnd: d.price_vnd == null ? null : Number(d.price_vnd),
    stars: Number(d.stars),
    is_ocop: isOcopProduct(certificate, today),
    certification_status:
      effectiveStatus(certificate, today) === "active" ? "active" : "expired",
    recognized_year: certificate.recognized_year,
    valid_until: certificate.valid_until,
    in_stock: !!d.in_stock,
    producer: d.producer_id
      ? { id: d.producer_id, handle: d.producer_handle ?? null, name: d.producer_name ?? null }
      : null,
    origin: {
      commune_code: d.commune_code ?? null,
      commune_name: d.commune_name ?? null,
      province_code: d.province_code,
      province_name: d.province_name ?? null,
    },
  }
}

function values(facet?: SearchTypes.SearchFacetResult) {
  return facet?.type === "value" ? facet.values.filter((v) => v.count > 0) : []
}

/**
 * The names of the facets' provinces and producers, in one statement. Read with SQL, not
 * two Query graphs, each a pass through Query and MikroORM on every search
 * (bench/results/route-floor-2026-12-07.md).
 */
async function facetNames(pg: Knex | undefined, provinces: string[], producers: string[]) {
  const provinceNames = new Map<string, string>()
  const producerNames = new Map<string, string>()
  if (!pg || (!provinces.length && !producers.length)) return { provinceNames, producerNames }
  const { rows } = await pg.raw(
    `select 'province' as kind, code as key, name from ocop_province
       where code = any(?::text[]) and deleted_at is null
     union all
     select 'producer', id, name from ocop_producer
       where id = any(?::text[]) and deleted_at is null`,
    [provinces, producers]
  )
  for (const r of rows as { kind: string; key: string; name: string }[])
    (r.kind === "province" ? provinceNames : producerNames).set(r.key, r.name)
  return { provinceNames, producerNames }
}

/** Facet values with the labels a shopper reads, in the catalog's order. */
async function labelFacets(
  pg: Knex | undefined,
  facets: Record<string, SearchTypes.SearchFacetResult>
): Promise<OcopSearchResult["facets"]> {
  const provinces = values(facets.province_code)
  const producers = values(facets.producer_id)
  const { provinceNames, producerNames } = await facetNames(
    pg,
    provinces.map((v) => v.value),
    producers.map((v) => v.value)
  )
  const byCount = <T extends { count: number; label: string }>(a: T, b: T) =>
    b.count - a.count || a.label.localeCompare(b.label, "vi")
  return {
    stars: values(facets.stars)
      .map((v) => ({ value: Number(v.value), label: `${v.value}★`, count: v.count }))
      .sort((a, b) => b.value - a.value),
    province: provinces
      .map((v) => ({ value: v.value, label: provinceNames.get(v.value) ?? v.value, count: v.count }))
      .sort(byCount),
    category: values(facets.category_set)
      .map((v) => ({
        value: v.value,
        label: findCategorySet(v.value)?.name_vi ?? v.value,
        count: v.count,
      }))
      .sort(byCount),
    producer: producers
      .map((v) => ({ value: v.value, label: producerNames.get(v.value) ?? v.value, count: v.count }))
      .sort(byCount),
    in_stock: values(facets.in_stock).map((v) => ({
      value: v.value === "true" || (v.value as unknown) === true,
      label: v.value === "true" || (v.value as unknown) === true ? "in_stock" : "out_of_stock",
      count: v.count,
    })),
  }
}
