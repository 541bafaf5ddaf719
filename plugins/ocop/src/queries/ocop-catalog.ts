import type { Knex } from "@mikro-orm/postgresql"
import { findCategorySet } from "../modules/certification/rules/category-sets"
import { foldVietnamese } from "../modules/admin-units/rules/fold-vietnamese"
import { MIN_OCOP_STARS } from "../modules/certification/rules/star-band"
import { activeOnSql, effectiveStatusOfSql, effectiveStatusSql } from "../modules/certification/rules/validity"
import {
  CATALOG_ENTRY_TABLE,
  CATALOG_FACET_CELL_TABLE,
} from "./catalog-entries"
import { type SocialProof, withSocialProof } from "./product-social-proof"

/**
 * The store catalog of OCOP products. Filters, counts and facets run in PostgreSQL;
 * nothing is loaded into Node to be filtered there. Which products match, in which
 * order, and the facets are read from the catalog's read model (catalog-entries.ts,
 * decision 025); what a page shows is read from the product, price and OCOP tables
 * joined through their link tables, for the page's products only.
 */

export const OCOP_CATALOG_ORDERS = [
  "recommended",
  "-stars",
  "stars",
  "price",
  "-price",
  "title",
  "-title",
  "-created_at",
  "created_at",
  "-valid_until",
] as const
export type OcopCatalogOrder = (typeof OCOP_CATALOG_ORDERS)[number]

export type OcopCatalogFilters = {
  sales_channel_ids?: string[]
  handle?: string
  product_ids?: string[]
  stars?: number[]
  min_stars?: number
  province?: string[]
  commune?: string[]
  category?: string[]
  sector?: number[]
  producer?: string[]
  status?: ("active" | "expired")[]
  q?: string
  min_price?: number
  max_price?: number
}

export type OcopCatalogItem = SocialProof & {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  price_vnd: number | null
  is_ocop: boolean
  ocop: {
    certification_id: string
    stars: number
    score: number | null
    status: "active" | "expired" | "revoked"
    category: { set: string | null; sector: number; name: string | null }
    decision_number: string | null
    decision_date: string | null
    recognized_year: number | null
    issuing_body: string | null
    issuing_level: string | null
    legal_framework: string | null
    valid_from: string | null
    valid_until: string | null
  }
  producer: {
    id: string
    handle: string
    name: string
    type: string | null
  } | null
  origin: {
    commune_code: string | null
    commune_name: string | null
    province_code: string
    province_name: string | null
    address_as_certified: string | null
    note: string | null
  }
}

export type Facet<V> = { value: V; label: string; count: number }
export type OcopCatalogFacets = {
  stars: Facet<number>[]
  province: Facet<string>[]
  category: Facet<string>[]
  producer: Facet<string>[]
}

// The validity rule (rules/validity.ts) against the database's today.
const EFFECTIVE_STATUS = effectiveStatusSql("current_date")

/** One row per published product with a current (not superseded) certification. */
function baseRows(knex: Knex, filters: OcopCatalogFilters) {
  const rows = knex
    .select(
      "p.id",
      "p.handle",
      "p.title",
      "p.subtitle",
      "p.thumbnail",
      "p.created_at",
      "c.id as certification_id",
      "c.stars",
      "c.score",
      "c.category_set",
      "c.category_sector",
      "c.decision_number",
      "c.decision_date",
      "c.recognized_year",
      "c.issuing_body",
      "c.issuing_level",
      "c.legal_framework",
      "c.valid_from",
      "c.valid_until",
      "c.origin_address",
      "c.origin_commune_code",
      "c.origin_province_code",
      "c.origin_note",
      "com.name as commune_name",
      "prov.name as province_name",
      "prod.id as producer_id",
      "prod.handle as producer_handle",
      "prod.name as producer_name",
      "prod.type as producer_type",
      knex.raw(`${EFFECTIVE_STATUS} as effective_status`),
      "pv.price_vnd"
    )
    .from("product as p")
    .join("ocop_product_certification as pc", function () {
      this.on("pc.product_id", "p.id").andOnNull("pc.deleted_at")
    })
    .join("ocop_certification as c", function () {
      this.on("c.id", "pc.certification_id")
        .andOnNull("c.deleted_at")
        .andOnIn("c.status", ["active", "expired"])
    })
    .leftJoin("ocop_product_producer as pp", function () {
      this.on("pp.product_id", "p.id").andOnNull("pp.deleted_at")
    })
    .leftJoin("ocop_producer as prod", function () {
      this.on("prod.id", "pp.producer_id").andOnNull("prod.deleted_at")
    })
    .leftJoin("ocop_commune as com", "com.code", "c.origin_commune_code")
    .leftJoin("ocop_province as prov", "prov.code", "c.origin_province_code")
    .whereNull("p.deleted_at")
    .where("p.status", "published")
    // The shelf price: the cheapest variant's VND price without rules or price list.
    .joinRaw(
      `left join lateral (select min(pr_.amount)::bigint as price_vnd
        from product_variant v_
        join product_variant_price_set vps_ on vps_.variant_id = v_.id and vps_.deleted_at is null
        join price pr_ on pr_.price_set_id = vps_.price_set_id and pr_.deleted_at is null
        where v_.product_id = p.id and v_.deleted_at is null and pr_.currency_code = 'vnd'
          and pr_.price_list_id is null and pr_.rules_count = 0) as pv on true`
    )
  if (filters.sales_channel_ids) {
    rows.whereExists(
      knex
        .select(knex.raw("1"))
        .from("product_sales_channel as psc")
        .whereRaw("psc.product_id = p.id")
        .whereNull("psc.deleted_at")
        .whereIn(
          "psc.sales_channel_id",
          filters.sales_channel_ids.length ? filters.sales_channel_ids : ["-"]
        )
    )
  }
  if (filters.handle) rows.where("p.handle", filters.handle)
  if (filters.product_ids) rows.whereIn("p.id", filters.product_ids)
  return rows
}

function toItem(row: any): Omit<OcopCatalogItem, keyof SocialProof> {
  const set = row.category_set ? findCategorySet(row.category_set) : undefined
  const status = row.effective_status as OcopCatalogItem["ocop"]["status"]
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    subtitle: row.subtitle,
    thumbnail: row.thumbnail,
    price_vnd: nullableNumber(row.price_vnd),
    is_ocop: status === "active" && row.stars >= MIN_OCOP_STARS,
    ocop: {
      certification_id: row.certification_id,
      stars: row.stars,
      score: row.score,
      status,
      category: {
        set: row.category_set,
        sector: row.category_sector,
        name: set?.name_vi ?? null,
      },
      decision_number: row.decision_number,
      decision_date: isoDate(row.decision_date),
      recognized_year: row.recognized_year,
      issuing_body: row.issuing_body,
      issuing_level: row.issuing_level,
      legal_framework: row.legal_framework,
      valid_from: isoDate(row.valid_from),
      valid_until: isoDate(row.valid_until),
    },
    producer: row.producer_id
      ? {
          id: row.producer_id,
          handle: row.producer_handle,
          name: row.producer_name,
          type: row.producer_type,
        }
      : null,
    origin: {
      commune_code: row.origin_commune_code,
      commune_name: row.commune_name,
      province_code: row.origin_province_code,
      province_name: row.province_name,
      address_as_certified: row.origin_address,
      note: row.origin_note,
    },
  }
}

function nullableNumber(
  value: string | number | null | undefined
): number | null {
  return value === null || value === undefined ? null : Number(value)
}

function isoDate(value: Date | string | null): string | null {
  if (!value) return null
  return new Date(value).toISOString().slice(0, 10)
}

// The effective status of a catalog entry: rules/validity.ts's rule, with the last
// valid day computed when the entry was written and today compared here, so a
// certificate past its date reads "expired" without any write.
const ENTRY_STATUS = `(${effectiveStatusOfSql("e.status", "e.last_valid_day", "current_date")})`
const ENTRY_ACTIVE = activeOnSql("e.status", "e.last_valid_day", "current_date")

// Each order over catalog entries; each has its index (catalog-entries.ts). Currently
// certified products first, best rated first within each group: "recommended" is read in
// groups (entryPage, `grp`) ordered within as "-stars" is.
const ORDER_SQL: Record<OcopCatalogOrder, string> = {
  recommended: "grp desc, stars desc, score desc nulls last, title asc",
  "-stars": "stars desc, score desc nulls last, title asc",
  stars: "stars asc, title asc",
  price: "price_vnd asc nulls last, title asc",
  "-price": "price_vnd desc nulls last, title asc",
  title: "title asc",
  "-title": "title desc",
  "-created_at": "created_at desc, product_id",
  created_at: "created_at asc, product_id",
  "-valid_until": "valid_until desc nulls last, title asc",
}
const RECOMMENDED_WITHIN = ORDER_SQL["-stars"]

/**
 * The words of a catalog `q`, folded and split as the entries' words are
 * (catalog-entries.ts: no diacritics, lower case, split at anything but a letter or a
 * digit); `null` when the text has none, which matches nothing (a query of only
 * punctuation must not list the whole catalog).
 */
export function catalogTextWords(q: string | undefined): string[] | null {
  if (!q?.trim()) return []
  const words = foldVietnamese(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  return words.length ? [...new Set(words)] : null
}

/** The catalog entries (or, for the facet counts, the kept cells) matching the filters. */
function entries(
  knex: Knex,
  filters: OcopCatalogFilters,
  table = CATALOG_ENTRY_TABLE
) {
  const query = knex.from(`${table} as e`)
  if (table === CATALOG_FACET_CELL_TABLE)
    query.whereIn("e.sales_channel_id", filters.sales_channel_ids!)
  else if (filters.sales_channel_ids)
    query.whereRaw("e.sales_channel_ids && ?::text[]", [filters.sales_channel_ids])
  if (filters.handle)
    query.whereExists(
      knex
        .select(knex.raw("1"))
        .from("product as p")
        .whereRaw("p.id = e.product_id")
        .where("p.handle", filters.handle)
    )
  if (filters.product_ids) query.whereIn("e.product_id", filters.product_ids)
  if (filters.stars?.length) query.whereIn("e.stars", filters.stars)
  if (filters.min_stars) query.where("e.stars", ">=", filters.min_stars)
  if (filters.province?.length)
    query.whereIn("e.origin_province_code", filters.province)
  if (filters.commune?.length)
    query.whereIn("e.origin_commune_code", filters.commune)
  if (filters.category?.length)
    query.whereIn(
      "e.category_set",
      filters.category.map((c) => findCategorySet(c)?.code ?? c)
    )
  if (filters.sector?.length) query.whereIn("e.category_sector", filters.sector)
  if (filters.producer?.length)
    query.where((q) =>
      q
        .whereIn("e.producer_id", filters.producer!)
        .orWhereIn("e.producer_handle", filters.producer!)
    )
  if (filters.min_price !== undefined)
    query.where("e.price_vnd", ">=", filters.min_price)
  if (filters.max_price !== undefined)
    query.where("e.price_vnd", "<=", filters.max_price)
  if (filters.status?.length)
    query.whereRaw(`${ENTRY_STATUS} = any(?::text[])`, [filters.status])
  // Every word of the text among the entry's words (catalog-entries.ts, decision 002):
  // "khô cá" finds "Khô cá lóc", not "Chanh không hạt" or "Nước khoáng". The words'
  // GIN index answers with exactly the matching entries, whatever the words' length.
  const words = catalogTextWords(filters.q)
  if (words === null) query.whereRaw("false")
  else if (words.length) query.whereRaw("e.search_words @> ?::text[]", [words])
  return query
}

type EntryKey = { product_id: string; certification_id: string; producer_id: string | null }

/**
 * The keys of a page of entries in the requested order: an index range of
 * `offset + limit` entries. "Recommended" puts currently certified products first by
 * a date, which no index holds; its three groups (stored active and within date,
 * stored expired, stored active but past date) are each read as a range of their own
 * index and merged.
 */
async function entryPage(
  knex: Knex,
  filters: OcopCatalogFilters,
  page: { limit: number; offset: number; order: OcopCatalogOrder },
  excludeIds: string[] = []
): Promise<EntryKey[]> {
  const keys = ["product_id", "certification_id", "producer_id"] as const
  const matching = () => {
    const q = entries(knex, filters)
    if (excludeIds.length) q.whereNotIn("e.product_id", excludeIds)
    return q
  }
  if (page.order !== "recommended")
    return matching()
      .select(keys.map((k) => `e.${k}`))
      .orderByRaw(ORDER_SQL[page.order].replace(/(^|, )(\w+)/g, "$1e.$2"))
      .limit(page.limit)
      .offset(page.offset)
  const within = RECOMMENDED_WITHIN.replace(/(^|, )(\w+)/g, "$1e.$2")
  const group = (grp: number, where: string) =>
    matching()
      .select([
        ...keys.map((k) => `e.${k}`),
        "e.stars",
        "e.score",
        "e.title",
        knex.raw(`${grp} as grp`),
      ])
      .whereRaw(where)
      .orderByRaw(within)
      .limit(page.offset + page.limit)
  return knex
    .select(keys)
    .from(
      knex.raw("((?) union all (?) union all (?)) as x", [
        group(1, ENTRY_ACTIVE),
        group(0, "e.status <> 'active'"),
        group(0, "e.status = 'active' and e.last_valid_day < current_date"),
      ])
    )
    .orderByRaw(ORDER_SQL.recommended)
    .limit(page.limit)
    .offset(page.offset)
}

/** What the page's entries show, read from the source tables, in the entries' order. */
async function entryItems(
  knex: Knex,
  filters: OcopCatalogFilters,
  keys: EntryKey[]
): Promise<OcopCatalogItem[]> {
  if (!keys.length) return []
  const rows = (await baseRows(knex, {
    sales_channel_ids: filters.sales_channel_ids,
    product_ids: keys.map((k) => k.product_id),
  })) as any[]
  // The entry's certificate and producer, should a product have two current ones.
  const byKey = new Map(
    rows.map((r) => [`${r.id} ${r.certification_id} ${r.producer_id}`, r])
  )
  const ordered = keys
    .map((k) => byKey.get(`${k.product_id} ${k.certification_id} ${k.producer_id}`))
    .filter(Boolean)
  return withSocialProof(knex, ordered.map(toItem))
}

// The filters the facet cells hold; any other needs a pass over the matching entries.
const CELL_FILTERS = new Set([
  "sales_channel_ids",
  "stars",
  "min_stars",
  "province",
  "category",
  "sector",
  "producer",
])
function countsFromCells(filters: OcopCatalogFilters) {
  return (
    filters.sales_channel_ids?.length === 1 &&
    Object.entries(filters).every(
      ([key, value]) => value === undefined || CELL_FILTERS.has(key)
    )
  )
}

/**
 * Facet counts over the matching entries in one statement, four grouping sets with
 * labels joined after: summed over the kept cells when the filters allow
 * (catalog-entries.ts), else counted over the entries.
 */
async function entryFacetRows(knex: Knex, filters: OcopCatalogFilters) {
  const cells = countsFromCells(filters)
  const grouped = entries(
    knex,
    filters,
    cells ? CATALOG_FACET_CELL_TABLE : CATALOG_ENTRY_TABLE
  )
    .select(
      knex.raw(`case
        when grouping(e.stars) = 0 then 'stars'
        when grouping(e.origin_province_code) = 0 then 'province'
        when grouping(e.category_set) = 0 then 'category'
        else 'producer' end as facet`),
      knex.raw(
        "coalesce(e.stars::text, e.origin_province_code, e.category_set, e.producer_id) as value"
      ),
      knex.raw(cells ? "sum(e.n)::int as count" : "count(*)::int as count")
    )
    .groupByRaw(
      "grouping sets ((e.stars), (e.origin_province_code), (e.category_set), (e.producer_id))"
    )
  if (cells) grouped.havingRaw("sum(e.n) > 0")
  return knex
    .select(
      "g.facet",
      "g.value",
      "g.count",
      knex.raw(
        "case g.facet when 'province' then prov.name when 'producer' then prod.name end as label"
      )
    )
    .from(grouped.as("g"))
    .leftJoin("ocop_province as prov", function () {
      this.on("prov.code", "g.value").andOn(knex.raw("g.facet = 'province'"))
    })
    .leftJoin("ocop_producer as prod", function () {
      this.on("prod.id", "g.value").andOn(knex.raw("g.facet = 'producer'"))
    })
}

function toFacets(facetRows: any[]): OcopCatalogFacets {
  const facets: OcopCatalogFacets = {
    stars: [],
    province: [],
    category: [],
    producer: [],
  }
  for (const f of facetRows) {
    if (f.value === null) continue // products without a set or a producer
    if (f.facet === "stars")
      facets.stars.push({
        value: Number(f.value),
        label: `${f.value}★`,
        count: f.count,
      })
    if (f.facet === "province")
      facets.province.push({
        value: f.value,
        label: f.label ?? f.value,
        count: f.count,
      })
    if (f.facet === "category") {
      facets.category.push({
        value: f.value,
        label: findCategorySet(f.value)?.name_vi ?? f.value,
        count: f.count,
      })
    }
    if (f.facet === "producer")
      facets.producer.push({ value: f.value, label: f.label, count: f.count })
  }
  facets.stars.sort((a, b) => b.value - a.value)
  facets.province.sort(
    (a, b) => b.count - a.count || a.label.localeCompare(b.label, "vi")
  )
  facets.category.sort((a, b) => a.value.localeCompare(b.value))
  facets.producer.sort(
    (a, b) => b.count - a.count || a.label.localeCompare(b.label, "vi")
  )
  return facets
}

/** A page of OCOP products with the total and facet counts over the filtered set. */
export async function listOcopProducts(
  knex: Knex,
  filters: OcopCatalogFilters,
  page: { limit: number; offset: number; order: OcopCatalogOrder }
): Promise<{
  products: OcopCatalogItem[]
  count: number
  facets: OcopCatalogFacets
}> {
  // In turn, not together: the store route runs this on one connection, in its
  // statement-timeout transaction (queries/statement-timeout.ts), and node-postgres
  // is deprecating queries queued on a busy client.
  const keys = await entryPage(knex, filters, page)
  const facets = toFacets(await entryFacetRows(knex, filters))
  return {
    products: await entryItems(knex, filters, keys),
    count: facets.stars.reduce((sum, f) => sum + f.count, 0),
    facets,
  }
}

/**
 * Up to `limit` products matching the filters, without counts or facets, leaving out
 * `exclude_ids`: the short lists beside a product (related rails), where the facets'
 * pass over the whole catalog would be wasted.
 */
export async function pickOcopProducts(
  knex: Knex,
  filters: OcopCatalogFilters,
  page: { limit: number; order: OcopCatalogOrder; exclude_ids: string[] }
): Promise<OcopCatalogItem[]> {
  const keys = await entryPage(
    knex,
    filters,
    { limit: page.limit, offset: 0, order: page.order },
    page.exclude_ids
  )
  return entryItems(knex, filters, keys)
}

/**
 * The catalog entry of one product by its handle or a handle it had, or null when it
 * is not an OCOP listing here. The entry's `handle` is the current one.
 */
export async function getOcopProduct(
  knex: Knex,
  filters: Pick<
    OcopCatalogFilters,
    "sales_channel_ids" | "handle" | "product_ids"
  >
): Promise<OcopCatalogItem | null> {
  const rows = await baseRows(knex, filters).limit(1)
  if (rows.length || !filters.handle)
    return rows.length ? (await withSocialProof(knex, [toItem(rows[0])]))[0] : null
  // A listing moved to an ASCII handle is still found by the handle it had, so old
  // links and printed QR codes keep working. Only our workflow writes this metadata.
  const moved = await baseRows(knex, { ...filters, handle: undefined })
    .whereRaw("p.metadata -> 'ocop_previous_handles' @> ?::jsonb", [
      JSON.stringify([filters.handle]),
    ])
    .limit(1)
  return moved.length
    ? (await withSocialProof(knex, [toItem(moved[0])]))[0]
    : null
}
