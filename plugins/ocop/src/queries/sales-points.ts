import type { Knex } from "@mikro-orm/postgresql"
import { stockLevelColumns, stockLevels } from "./stock-levels"
import type { OcopSalesPoint, OcopSalesPointAvailability } from "../types/store"
import { ean13Modules, isEan13 } from "../modules/sales-point/rules/ean13"
import { vietnamToday } from "../modules/sales-point/rules/lots"
import { escapeLike } from "../modules/admin-units/rules/fold-vietnamese"

// Reads across the OCOP, stock location, inventory and product tables through the
// fixed-name link ocop_sales_point_stock_location (as the catalog does, decision 002).

/** Below this many available units a point's line is flagged low / shown as "few left". */
export const LOW_STOCK_THRESHOLD = 5

/** A point as the store shows it, plus the stock location behind it. */
export type SalesPointRow = OcopSalesPoint & { stock_location_id: string }

function pointsQuery(knex: Knex) {
  return knex
    .select(
      "sp.*",
      "sl.name",
      "sl.id as stock_location_id",
      "pr.name as province_name",
      "c.name as commune_name"
    )
    .from("ocop_sales_point as sp")
    .join("ocop_sales_point_stock_location as spl", function () {
      this.on("spl.sales_point_id", "sp.id").andOnNull("spl.deleted_at")
    })
    .join("stock_location as sl", function () {
      this.on("sl.id", "spl.stock_location_id").andOnNull("sl.deleted_at")
    })
    .leftJoin("ocop_province as pr", "pr.code", "sp.province_code")
    .leftJoin("ocop_commune as c", "c.code", "sp.commune_code")
    .whereNull("sp.deleted_at")
}

function toPoint(r: any): SalesPointRow {
  return {
    id: r.id,
    handle: r.handle,
    name: r.name,
    kind: r.kind,
    address: r.address,
    commune: { code: r.commune_code, name: r.commune_name ?? null },
    province: { code: r.province_code, name: r.province_name ?? null },
    opening_hours: r.opening_hours,
    phone: r.phone,
    latitude: r.latitude,
    longitude: r.longitude,
    operator: r.operator,
    opened_on: r.opened_on ? new Date(r.opened_on).toISOString() : null,
    is_illustrative: r.is_illustrative,
    stock_location_id: r.stock_location_id,
  }
}

/** Sales points with their stock location, by province then name. */
export async function listSalesPoints(
  knex: Knex,
  filters: { id?: string[]; province_code?: string } = {}
): Promise<SalesPointRow[]> {
  const query = pointsQuery(knex)
  if (filters.id) query.whereIn("sp.id", filters.id)
  if (filters.province_code)
    query.where("sp.province_code", filters.province_code)
  const rows = await query.orderBy(["sp.province_code", "sl.name"])
  return rows.map(toPoint)
}

// Product title, variant title or SKU contain `q`, diacritics ignored (p = product, v = variant).
function matchingText(query: Knex.QueryBuilder, text: string | undefined) {
  if (!text?.trim()) return
  const q = `%${escapeLike(text.trim())}%`
  query.where(function () {
    this.whereRaw("unaccent(p.title) ilike unaccent(?)", [q])
      .orWhereRaw("unaccent(coalesce(v.title, '')) ilike unaccent(?)", [q])
      .orWhereRaw("coalesce(v.sku, '') ilike ?", [q])
      // A scanned barcode is the whole EAN-13.
      .orWhere("v.ean", text.trim())
  })
}

// Experience date-seats are products linked to an experience: they are booked, never
// shelved, so no sales-point list, form or ledger offers them.
function goodsOnly(knex: Knex, query: Knex.QueryBuilder) {
  query.whereNotExists(
    knex
      .select(knex.raw("1"))
      .from("ocop_product_experience as pe")
      .whereRaw("pe.product_id = p.id")
      .whereNull("pe.deleted_at")
  )
}

// The product's current certificate (active or expired, never superseded) and producer.
function withCertificateAndProducer(query: Knex.QueryBuilder) {
  query
    .leftJoin("ocop_product_certification as pc", function () {
      this.on("pc.product_id", "p.id").andOnNull("pc.deleted_at")
    })
    .leftJoin("ocop_certification as c", function () {
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
}

export const SALES_POINT_STOCK_SORTS = [
  "low",
  "name",
  "-name",
  "available",
  "-available",
] as const
export type SalesPointStockSort = (typeof SALES_POINT_STOCK_SORTS)[number]

// Units of the point's expired lots of the level's item (decision 405): they are
// stocked but cannot be sold, so the counter never counts them as available. `today`
// comes from vietnamToday() (YYYY-MM-DD), checked again before it enters the SQL.
const expiredAt = (today: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error("today: YYYY-MM-DD")
  return `coalesce((select sum(lot.remaining_quantity) from ocop_sales_point_lot as lot
    join ocop_sales_point_stock_location as lspl on lspl.sales_point_id = lot.sales_point_id and lspl.deleted_at is null
    where lspl.stock_location_id = il.location_id and lot.inventory_item_id = il.inventory_item_id
      and lot.deleted_at is null and lot.remaining_quantity > 0 and lot.expires_on < '${today}'), 0)`
}
const availableAt = (today: string) =>
  `(il.stocked_quantity - il.reserved_quantity - ${expiredAt(today)})`
const stockOrder = (sort: SalesPointStockSort, today: string) => {
  const available = availableAt(today)
  return {
    low: `${available} <= ? desc, p.title, v.title, v.id`,
    name: "p.title, v.title, v.id",
    "-name": "p.title desc, v.title desc, v.id",
    available: `${available}, p.title, v.id`,
    "-available": `${available} desc, p.title, v.id`,
  }[sort]
}

export type SalesPointStockFilters = {
  q?: string
  low_only?: boolean
  category_set?: string
  producer_id?: string
  sort?: SalesPointStockSort
  limit: number
  offset: number
}

/**
 * A point's goods per variant: stocked, reserved, available and whether it is low,
 * with the product's OCOP set, stars and producer. `q` matches product title,
 * variant title or SKU without regard to diacritics; `category_set` and
 * `producer_id` narrow it; `facets` lists the sets and producers the point holds,
 * whatever the filters, for the console's selects. Experiences never appear.
 */
export async function salesPointStock(
  knex: Knex,
  locationId: string,
  filters: SalesPointStockFilters
) {
  const atPoint = () => {
    const query = stockLevels(knex).where("il.location_id", locationId)
    goodsOnly(knex, query)
    withCertificateAndProducer(query)
    return query
  }
  const query = atPoint()
  const today = vietnamToday()
  matchingText(query, filters.q)
  if (filters.low_only) {
    query.whereRaw(`${availableAt(today)} <= ?`, [LOW_STOCK_THRESHOLD])
  }
  if (filters.category_set) query.where("c.category_set", filters.category_set)
  if (filters.producer_id) query.where("prod.id", filters.producer_id)
  const sort = filters.sort ?? "low"
  const [[{ count }], rows, facetRows] = await Promise.all([
    query.clone().count<{ count: string }[]>("* as count"),
    query
      .clone()
      .select(
        ...stockLevelColumns(knex),
        "p.thumbnail",
        "il.inventory_item_id",
        "v.ean",
        "c.category_set",
        "c.stars",
        "prod.id as producer_id",
        "prod.name as producer_name",
        knex.raw(`${expiredAt(today)}::int as expired_quantity`)
      )
      .orderByRaw(
        stockOrder(sort, today),
        sort === "low" ? [LOW_STOCK_THRESHOLD] : []
      )
      .limit(filters.limit)
      .offset(filters.offset),
    atPoint().distinct(
      "c.category_set",
      "prod.id as producer_id",
      "prod.name as producer_name"
    ),
  ])
  const sets = [
    ...new Set(facetRows.map((r: any) => r.category_set).filter(Boolean)),
  ].sort() as string[]
  const producers = new Map<string, string>()
  for (const r of facetRows as any[])
    if (r.producer_id) producers.set(r.producer_id, r.producer_name)
  return {
    count: Number(count),
    stock: rows.map((r: any) => {
      const available = Math.max(
        r.stocked_quantity - r.reserved_quantity - r.expired_quantity,
        0
      )
      return {
        ...r,
        stars: r.stars === null ? null : Number(r.stars),
        // The 95 bars and spaces of its EAN-13, for label sheets drawn as SVG.
        barcode_modules: r.ean && isEan13(r.ean) ? ean13Modules(r.ean) : null,
        available_quantity: available,
        low_stock: available <= LOW_STOCK_THRESHOLD,
      }
    }),
    facets: {
      category_sets: sets,
      producers: [...producers]
        .map(([id, name]) => ({ id, name }))
        .sort((a, b) => a.name.localeCompare(b.name, "vi")),
    },
  }
}

/**
 * Variants a point can receive: those of certified products (the ones the catalog
 * lists, with an active or expired certificate) whose stock Medusa manages, with
 * what the point holds of each (0 for a product it never held). `q` as for the stock.
 */
export async function salesPointReceivableVariants(
  knex: Knex,
  locationId: string,
  filters: { q?: string; limit: number; offset: number }
) {
  const query = knex
    .from("product as p")
    .join("product_variant as v", function () {
      this.on("v.product_id", "p.id").andOnNull("v.deleted_at")
    })
    .join("product_variant_inventory_item as pvi", function () {
      this.on("pvi.variant_id", "v.id").andOnNull("pvi.deleted_at")
    })
    .leftJoin("inventory_level as il", function () {
      this.on("il.inventory_item_id", "pvi.inventory_item_id")
        .andOnVal("il.location_id", locationId)
        .andOnNull("il.deleted_at")
    })
    .whereNull("p.deleted_at")
    .where("v.manage_inventory", true)
    .whereNotExists(
      knex
        .select(knex.raw("1"))
        .from("ocop_product_experience as pe")
        .whereRaw("pe.product_id = p.id")
        .whereNull("pe.deleted_at")
    )
    .whereExists(function () {
      this.select(knex.raw("1"))
        .from("ocop_product_certification as pc")
        .join("ocop_certification as c", "c.id", "pc.certification_id")
        .whereRaw("pc.product_id = p.id")
        .whereNull("pc.deleted_at")
        .whereNull("c.deleted_at")
        .whereIn("c.status", ["active", "expired"])
    })
  matchingText(query, filters.q)
  // A kit variant (several inventory items) is one row: what it can make counts.
  const rows = await query
    .select(
      "p.id as product_id",
      "p.title as product_title",
      "v.id as variant_id",
      "v.title as variant_title",
      "v.sku",
      knex.raw(
        "min(floor(greatest(coalesce(il.stocked_quantity, 0) - coalesce(il.reserved_quantity, 0), 0) / greatest(pvi.required_quantity, 1)))::int as available_quantity"
      ),
      knex.raw("count(*) over ()::int as total")
    )
    .groupBy("p.id", "p.title", "v.id", "v.title", "v.sku")
    .orderBy(["p.title", "v.title", "v.id"])
    .limit(filters.limit)
    .offset(filters.offset)
  return {
    count: rows[0]?.total ?? 0,
    variants: rows.map(({ total: _total, ...r }: any) => r),
  }
}

// The inventory levels of a product's variants at the stock locations of sales points.
function productLevelsAtPoints(knex: Knex, productId: string) {
  return knex
    .from("product_variant as v")
    .join("product_variant_inventory_item as pvi", function () {
      this.on("pvi.variant_id", "v.id").andOnNull("pvi.deleted_at")
    })
    .join("inventory_level as il", function () {
      this.on("il.inventory_item_id", "pvi.inventory_item_id").andOnNull(
        "il.deleted_at"
      )
    })
    .join("ocop_sales_point_stock_location as spl", function () {
      this.on("spl.stock_location_id", "il.location_id").andOnNull(
        "spl.deleted_at"
      )
    })
    .where("v.product_id", productId)
    .whereNull("v.deleted_at")
}

/**
 * The points where a product can be bought now, and whether plenty or few are left;
 * never the count. A product is available at a point when one of its variants has
 * every inventory item it needs available there.
 */
export async function productAvailabilityByPoint(
  knex: Knex,
  productId: string
): Promise<
  { sales_point_id: string; availability: "in_stock" | "few_left" }[]
> {
  const rows = await knex
    .select("per_variant.sales_point_id")
    .max({ sellable: "per_variant.sellable" })
    .from(
      productLevelsAtPoints(knex, productId)
        .select("spl.sales_point_id", "v.id as variant_id")
        .min({
          sellable: knex.raw(
            "floor((il.stocked_quantity - il.reserved_quantity) / greatest(pvi.required_quantity, 1))"
          ),
        })
        .groupBy("spl.sales_point_id", "v.id")
        .as("per_variant")
    )
    .groupBy("per_variant.sales_point_id")
    .havingRaw("max(per_variant.sellable) > 0")
  return rows.map((r: any) => ({
    sales_point_id: r.sales_point_id,
    availability:
      Number(r.sellable) <= LOW_STOCK_THRESHOLD ? "few_left" : "in_stock",
  }))
}

/** A point as shoppers see it: without the stock location behind it. */
export const publicSalesPoint = ({
  stock_location_id: _location,
  ...point
}: SalesPointRow): OcopSalesPoint => point

/**
 * The public record of the points that have a product now, each `in_stock` or
 * `few_left`, by province then name: what the store's sales-point list and the
 * product page show.
 */
export async function salesPointsHavingProduct(
  knex: Knex,
  productId: string
): Promise<OcopSalesPointAvailability[]> {
  const [points, availability] = await Promise.all([
    listSalesPoints(knex),
    productAvailabilityByPoint(knex, productId),
  ])
  const byPoint = new Map(
    availability.map((a) => [a.sales_point_id, a.availability])
  )
  return points.flatMap((p) => {
    const having = byPoint.get(p.id)
    return having ? [{ ...publicSalesPoint(p), availability: having }] : []
  })
}

/** The start of a day in Vietnam's time zone (UTC+7, no daylight saving) and of the next. */
export function vietnamDayRange(date: string): { from: Date; to: Date } {
  const from = new Date(`${date}T00:00:00+07:00`)
  return { from, to: new Date(from.getTime() + 24 * 3600 * 1000) }
}

/**
 * A point's counter sales of one Vietnamese day: the orders of the `sales-point`
 * channel whose sale lines are in the point's ledger, with their totals per payment
 * method (their metadata is the workflow's own).
 */
export async function salesPointDailySales(
  knex: Knex,
  salesPointId: string,
  date: string
) {
  const { from, to } = vietnamDayRange(date)
  const orders = await knex
    .select(
      "o.id",
      "o.display_id",
      "o.created_at",
      knex.raw("o.metadata->>'payment_method' as payment_method"),
      knex.raw("(o.metadata->>'total_vnd')::bigint as total"),
      knex.raw("(o.metadata->>'units')::int as units"),
      knex.raw("o.metadata->>'staff_email' as staff_email")
    )
    .from("order as o")
    .join("sales_channel as sc", "sc.id", "o.sales_channel_id")
    .where("sc.name", "sales-point")
    // Only the counter-sale workflow writes the ledger; an order's metadata comes
    // from a cart a shopper may have written.
    .whereExists(
      knex
        .select(knex.raw("1"))
        .from("ocop_sales_point_movement as m")
        .whereRaw("m.reference = o.id")
        .where("m.kind", "sale")
        .where("m.sales_point_id", salesPointId)
        .whereNull("m.deleted_at")
    )
    .whereNull("o.deleted_at")
    .where("o.created_at", ">=", from)
    .where("o.created_at", "<", to)
    .orderBy("o.created_at", "desc")
  const rows = orders.map((o: any) => ({
    ...o,
    total: Number(o.total ?? 0),
    units: Number(o.units ?? 0),
  }))
  // By method from the counter's payment rows (a split sale counts in each of its
  // methods); a sale recorded before they existed counts under its one method.
  const payments = rows.length
    ? await knex
        .select("order_id", "method", "kind", "amount")
        .from("ocop_sales_point_payment")
        .whereIn(
          "order_id",
          rows.map((r) => r.id)
        )
        .where("sales_point_id", salesPointId)
        .where("status", "received")
        .whereNull("deleted_at")
    : []
  const withRows = new Set(payments.map((p: any) => p.order_id))
  const byMethod = (method: string) => {
    const sales = payments.filter(
      (p: any) => p.method === method && p.kind === "sale"
    )
    const legacy = rows.filter(
      (o) => !withRows.has(o.id) && o.payment_method === method
    )
    return {
      orders: new Set(sales.map((p: any) => p.order_id)).size + legacy.length,
      total:
        sales.reduce((s: number, p: any) => s + Number(p.amount), 0) +
        legacy.reduce((s, o) => s + o.total, 0),
    }
  }
  return {
    date,
    orders: rows.length,
    units: rows.reduce((s, o) => s + o.units, 0),
    total: rows.reduce((s, o) => s + o.total, 0),
    by_payment_method: {
      cash: byMethod("cash"),
      card_at_counter: byMethod("card_at_counter"),
      vietqr: byMethod("vietqr"),
    },
    sales: rows,
  }
}

/** Stocked, reserved and available units of a product's variants at every sales point. */
export async function productStockByPoint(knex: Knex, productId: string) {
  const rows = await productLevelsAtPoints(knex, productId)
    .select(
      "spl.sales_point_id",
      "v.id as variant_id",
      "v.title as variant_title",
      "v.sku",
      knex.raw("il.stocked_quantity::int as stocked_quantity"),
      knex.raw("il.reserved_quantity::int as reserved_quantity")
    )
    .orderBy(["v.title"])
  return rows.map((r: any) => ({
    ...r,
    available_quantity: Math.max(r.stocked_quantity - r.reserved_quantity, 0),
  }))
}

/**
 * What the ledger's ids stand for, read in one go for a page of lines: each
 * variant's product and variant title, each order's display number (#46) and each
 * staff member's name (their e-mail when they have none).
 */
export async function salesPointMovementNames(
  knex: Knex,
  movements: {
    variant_id: string | null
    reference: string | null
    staff_id: string | null
    kind: string
  }[]
) {
  const variantIds = [
    ...new Set(movements.map((m) => m.variant_id).filter(Boolean)),
  ] as string[]
  const orderIds = [
    ...new Set(
      movements
        .filter((m) => m.reference?.startsWith("order_"))
        .map((m) => m.reference)
    ),
  ] as string[]
  const staffIds = [
    ...new Set(movements.map((m) => m.staff_id).filter(Boolean)),
  ] as string[]
  const [variants, orders, staff] = await Promise.all([
    variantIds.length
      ? knex
          .select(
            "v.id",
            "v.title as variant_title",
            "p.title as product_title"
          )
          .from("product_variant as v")
          .join("product as p", "p.id", "v.product_id")
          .whereIn("v.id", variantIds)
      : [],
    orderIds.length
      ? knex.select("id", "display_id").from("order").whereIn("id", orderIds)
      : [],
    staffIds.length
      ? knex
          .select("id", "name", "email")
          .from("ocop_sales_point_staff")
          .whereIn("id", staffIds)
      : [],
  ])
  return {
    variants: new Map<
      string,
      { product_title: string; variant_title: string | null }
    >(variants.map((v: any) => [v.id, v] as const)),
    orders: new Map<string, number>(
      orders.map((o: any) => [o.id, Number(o.display_id)] as const)
    ),
    staff: new Map<string, string>(
      staff.map((s: any) => [s.id, String(s.name || s.email)] as const)
    ),
  }
}

/** Ledger lines with the names of what they point at (see salesPointMovementNames). */
export async function namedSalesPointMovements<
  T extends {
    variant_id: string | null
    reference: string | null
    staff_id: string | null
    staff_email: string | null
    kind: string
  },
>(knex: Knex, movements: T[]) {
  const names = await salesPointMovementNames(knex, movements)
  return movements.map((m) => {
    const v = m.variant_id ? names.variants.get(m.variant_id) : undefined
    return {
      ...m,
      product_title: v?.product_title ?? null,
      variant_title: v?.variant_title ?? null,
      order_display_id: m.reference
        ? (names.orders.get(m.reference) ?? null)
        : null,
      staff_name: m.staff_id
        ? (names.staff.get(m.staff_id) ?? m.staff_email)
        : m.staff_email,
    }
  })
}
