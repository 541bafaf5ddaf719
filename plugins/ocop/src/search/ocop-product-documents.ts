import type { RemoteQueryFunction } from "@medusajs/framework/types"

/** Only `graph` is used: the Search Module's container and a subscriber's both give it. */
type Query = Omit<RemoteQueryFunction, symbol>
import {
  findCategorySet,
  OCOP_SECTORS,
} from "../modules/certification/rules/category-sets"
import { foldVietnamese } from "../modules/admin-units/rules/fold-vietnamese"
import {
  effectiveStatus,
  isOcopProduct,
  toDateOnly,
} from "../modules/certification/rules/validity"
import { OCOP_PRODUCT_INDEX } from "./ocop-product-index"

/**
 * The documents of the OCOP product search index, built from `query.graph` reads
 * (the Search Module hands index definitions nothing else). One document per
 * published product with a current certificate, as in the SQL catalog
 * (queries/ocop-catalog.ts): a product without one is not in the index.
 */

/** What `query.graph` reads per product to build its document. */
export const OCOP_PRODUCT_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "metadata",
  "sales_channels.id",
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.rules_count",
  "variants.prices.price_list_id",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "certifications.id",
  "certifications.stars",
  "certifications.status",
  "certifications.category_set",
  "certifications.category_sector",
  "certifications.valid_until",
  "certifications.recognized_year",
  "certifications.origin_address",
  "certifications.origin_commune_code",
  "certifications.origin_province_code",
  "producer.id",
  "producer.handle",
  "producer.name",
  "producer.commune_code",
  "producer.province_code",
]

export type OcopProductDocument = {
  id: string
  handle: string
  title: string
  title_en: string | null
  producer_name: string | null
  places: string[]
  description: string | null
  labels: string[]
  /** The product's own names without diacritics: its title, English title and producer. */
  folded_names: string
  /** Its places and labels without diacritics: words about the product, not its name. */
  folded: string
  status: string
  sales_channel_ids: string[]
  stars: number
  is_ocop: boolean
  certification_status: "active" | "expired"
  recognized_year: number | null
  /** The certificate's last valid day, "YYYY-MM-DD", as the catalog gives it. */
  valid_until: string | null
  province_code: string
  province_name: string | null
  commune_code: string | null
  commune_name: string | null
  category_set: string | null
  category_sector: number
  producer_id: string | null
  producer_handle: string | null
  price_vnd: number | null
  in_stock: boolean
  // Sales points (OCOP centres, shops) that hold sellable stock. Until sales points
  // exist as their own concept, they are Medusa stock locations: the seam where a
  // sales-point model would plug in is stockLocationsWithStock below.
  stock_location_ids: string[]
  thumbnail: string | null
  created_at: string | null
}

type Unit = { name: string; province_code?: string }
type FormerUnit = { old_name: string; old_district_name: string | null }

/** The administrative names a page of products refers to, read in three queries. */
async function loadPlaces(query: Query, rows: any[]) {
  const communeCodes = new Set<string>()
  const provinceCodes = new Set<string>()
  for (const row of rows) {
    for (const c of row.certifications ?? []) {
      if (c?.origin_commune_code) communeCodes.add(c.origin_commune_code)
      if (c?.origin_province_code) provinceCodes.add(c.origin_province_code)
    }
  }
  const communes = new Map<string, Unit>()
  const provinces = new Map<string, Unit>()
  const formers = new Map<string, FormerUnit[]>()
  if (communeCodes.size) {
    const { data } = await query.graph({
      entity: "commune",
      fields: ["code", "name", "province_code"],
      filters: { code: [...communeCodes] },
    })
    for (const c of data as any[]) communes.set(c.code, c)
    const { data: former } = await query.graph({
      entity: "former_commune",
      fields: ["commune_code", "old_name", "old_district_name"],
      filters: { commune_code: [...communeCodes] },
    })
    for (const f of former as any[]) {
      const list = formers.get(f.commune_code) ?? []
      list.push(f)
      formers.set(f.commune_code, list)
    }
  }
  if (provinceCodes.size) {
    const { data } = await query.graph({
      entity: "province",
      fields: ["code", "name"],
      filters: { code: [...provinceCodes] },
    })
    for (const p of data as any[]) provinces.set(p.code, p)
  }
  return { communes, provinces, formers }
}

/** The certificate the catalog shows: the one still active or expired (not superseded, revoked, pending). */
function currentCertification(row: any) {
  const current = (row.certifications ?? []).filter(
    (c: any) => c && (c.status === "active" || c.status === "expired")
  )
  return current[0] ?? null
}

/** A product's shelf price: its cheapest variant's VND price without rules or price list. */
function shelfPriceVnd(row: any): number | null {
  let min: number | null = null
  for (const v of row.variants ?? []) {
    for (const p of v?.prices ?? []) {
      if (!p || p.currency_code !== "vnd") continue
      if (p.price_list_id || Number(p.rules_count ?? 0) > 0) continue
      const amount = Number(p.amount)
      if (min === null || amount < min) min = amount
    }
  }
  return min === null ? null : Math.round(min)
}

/** Stock locations where at least one variant can be sold, and whether any can. */
export function stockLocationsWithStock(row: any) {
  const locations = new Set<string>()
  let anySellable = false
  for (const v of row.variants ?? []) {
    if (!v) continue
    if (!v.manage_inventory || v.allow_backorder) anySellable = true
    for (const link of v.inventory_items ?? []) {
      const required = Math.max(1, Number(link?.required_quantity ?? 1))
      for (const level of link?.inventory?.location_levels ?? []) {
        const available =
          Number(level?.stocked_quantity ?? 0) -
          Number(level?.reserved_quantity ?? 0)
        if (available >= required) {
          locations.add(level.location_id)
          anySellable = true
        }
      }
    }
  }
  return { in_stock: anySellable, stock_location_ids: [...locations].sort() }
}

function starLabels(stars: number) {
  return [`${stars} sao`, `${stars} star`, `${stars}★`, "OCOP"]
}

function categoryLabels(set: string | null, sector: number) {
  const labels: string[] = []
  const found = set ? findCategorySet(set) : undefined
  if (found) labels.push(found.name_vi, found.name_en, found.group_vi, found.group_en)
  const s = OCOP_SECTORS.find((x) => x.code === sector)
  if (s) labels.push(s.name_vi, s.name_en)
  return labels
}

/** Maps a page of `query.graph` product rows to index documents; rows that are not in the catalog are left out. */
export async function buildOcopProductDocuments(
  query: Query,
  rows: any[],
  today = new Date()
): Promise<OcopProductDocument[]> {
  const { communes, provinces, formers } = await loadPlaces(query, rows)
  const documents: OcopProductDocument[] = []
  for (const row of rows) {
    if (!row || row.deleted_at || row.status !== "published") continue
    const cert = currentCertification(row)
    if (!cert) continue
    const commune = cert.origin_commune_code
      ? communes.get(cert.origin_commune_code)
      : undefined
    const province = provinces.get(cert.origin_province_code)
    const former = cert.origin_commune_code
      ? formers.get(cert.origin_commune_code) ?? []
      : []
    const places = [
      commune?.name,
      province?.name,
      cert.origin_address,
      ...former.flatMap((f) => [f.old_name, f.old_district_name]),
    ].filter((p): p is string => !!p)
    const uniquePlaces = [...new Set(places)]
    const titleEn =
      typeof row.metadata?.title_en === "string" ? row.metadata.title_en : null
    const status = effectiveStatus(cert, today) === "active" ? "active" : "expired"
    const labels = [
      ...starLabels(cert.stars),
      ...categoryLabels(cert.category_set, cert.category_sector),
    ]
    // Two folded copies, so that a query typed without diacritics still ranks the
    // product's own names above its set's label: set 08 is "Chế biến từ thịt, …,
    // mật ong, …", and a dried beef is not honey.
    const fold = (parts: (string | null | undefined)[]) =>
      foldVietnamese(parts.filter(Boolean).join(" "))
    const folded_names = fold([row.title, titleEn, row.producer?.name])
    const folded = fold([...uniquePlaces, ...labels])
    documents.push({
      id: row.id,
      handle: row.handle,
      title: row.title,
      title_en: titleEn,
      producer_name: row.producer?.name ?? null,
      places: uniquePlaces,
      description: row.description ?? null,
      labels,
      folded_names,
      folded,
      status: row.status,
      sales_channel_ids: (row.sales_channels ?? [])
        .map((s: any) => s?.id)
        .filter(Boolean),
      stars: cert.stars,
      is_ocop: isOcopProduct(cert, today),
      certification_status: status,
      recognized_year: cert.recognized_year ?? null,
      valid_until: cert.valid_until ? toDateOnly(cert.valid_until) : null,
      province_code: cert.origin_province_code,
      province_name: province?.name ?? null,
      commune_code: cert.origin_commune_code ?? null,
      commune_name: commune?.name ?? null,
      category_set: cert.category_set ?? null,
      category_sector: cert.category_sector,
      producer_id: row.producer?.id ?? null,
      producer_handle: row.producer?.handle ?? null,
      price_vnd: shelfPriceVnd(row),
      ...stockLocationsWithStock(row),
      thumbnail: row.thumbnail ?? null,
      created_at: row.created_at ? new Date(row.created_at).toISOString() : null,
    })
  }
  return documents
}

/**
 * The products an event touches, for the index's `consume`: product and variant
 * events carry their own ids; OCOP, price and stock events are mapped back to
 * products through `query.graph`.
 */
export async function productIdsForEvent(
  query: Query,
  event: { name: string; data: any }
): Promise<string[]> {
  const ids = (value: unknown): string[] =>
    (Array.isArray(value) ? value : [value])
      .map((v: any) => (typeof v === "string" ? v : v?.id))
      .filter((v): v is string => typeof v === "string")
  const data = event.data ?? {}
  const name = event.name
  if (name.startsWith("product.")) return ids(data.id ?? data)
  if (data.product_id) return ids(data.product_id)
  // A deleted certificate or producer is soft-deleted (its product links too, for
  // a producer): read through the deleted rows to reach the products it leaves.
  const withDeleted = name.endsWith(".deleted")
  const graphIds = async (entity: string, path: string, filterIds: string[]) => {
    if (!filterIds.length) return []
    const { data: rows } = await query.graph({
      entity,
      fields: [path],
      filters: { id: filterIds },
      ...(withDeleted ? { withDeleted: true } : {}),
    })
    const out = new Set<string>()
    const walk = (node: any, parts: string[]) => {
      if (node == null) return
      if (Array.isArray(node)) return node.forEach((n) => walk(n, parts))
      if (!parts.length) return typeof node === "string" && out.add(node)
      walk(node[parts[0]], parts.slice(1))
    }
    for (const row of rows as any[]) walk(row, path.split("."))
    return [...out]
  }
  const eventIds = ids(data.id ?? data.ids ?? data)
  if (name.startsWith("product-variant."))
    return graphIds("product_variant", "product_id", eventIds)
  if (name.startsWith("ocop.certification."))
    return graphIds("certification", "product.id", eventIds)
  if (name === "ocop.producer.deleted") {
    // The producer's product links are dismissed before it is deleted, so only
    // the index still knows which products named it.
    const { search_result } = await query.search({
      entity: OCOP_PRODUCT_INDEX,
      fields: ["id"],
      filters: { producer_id: { $in: eventIds } },
      pagination: { skip: 0, take: 10_000 },
    })
    return search_result.hits.map((hit) => hit.id)
  }
  if (name.startsWith("ocop.producer."))
    return graphIds("producer", "products.id", eventIds)
  if (name.startsWith("inventory-level."))
    return graphIds(
      "inventory_level",
      "inventory_item.variants.product_id",
      eventIds
    )
  if (name.startsWith("inventory-item."))
    return graphIds("inventory_item", "variants.product_id", eventIds)
  if (name.startsWith("reservation-item."))
    return graphIds(
      "reservation_item",
      "inventory_item.variants.product_id",
      eventIds
    )
  return []
}
