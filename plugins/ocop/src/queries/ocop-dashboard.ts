import type { Knex } from "@mikro-orm/postgresql"
import { placedOrderLines } from "./order-lines"
import { OCOP_SECTORS } from "../modules/certification/rules/category-sets"
import { PRODUCER_TYPE_LABELS } from "../modules/producer/rules/producer-types"
import { lastValidDaySql } from "../modules/certification/rules/validity"

/**
 * The programme figures the provincial OCOP plans report, read with SQL over the
 * OCOP tables, the product ↔ certification link and the order tables. Grouping
 * runs in PostgreSQL; Node only labels the rows.
 */

export type DashboardBar<V> = {
  value: V
  label: string
  count: number
}

export type OcopDashboard = {
  today: string
  products_total: number
  products_by_stars: (DashboardBar<number> & {
    active: number
    expired: number
  })[]
  products_by_province: DashboardBar<string>[]
  products_by_sector: DashboardBar<number>[]
  producers_by_type: DashboardBar<string | null>[]
  expiring: {
    within_days: number
    certifications: {
      id: string
      stars: number
      valid_until: string
      days_left: number
      product: { id: string; title: string } | null
      producer: { id: string; name: string } | null
    }[]
  }
  sales_by_month: ({ month: string } & SalesFigures)[]
  /** Every sales point (counter sales), then one row for online orders (sales_point_id null). */
  sales_by_point: ({ sales_point_id: string | null; name: string } & SalesFigures)[]
}

type SalesFigures = { orders: number; quantity: number; revenue_vnd: number }

// The last valid day as the validity rule (rules/validity.ts) reads it.
const VALID_UNTIL = lastValidDaySql("c")

/** Current certificates (active or expired, not superseded, revoked or in review) with their product. */
function currentCertifications(knex: Knex, today: string) {
  return knex
    .select(
      "p.id as product_id",
      "p.title as product_title",
      "c.id",
      "c.stars",
      "c.category_sector",
      "c.origin_province_code",
      knex.raw(`${VALID_UNTIL} as valid_until`),
      knex.raw(
        `case when c.status = 'active' and ${VALID_UNTIL} >= ?::date then 'active' else 'expired' end as effective_status`,
        [today]
      )
    )
    .from("ocop_certification as c")
    .join("ocop_product_certification as pc", function () {
      this.on("pc.certification_id", "c.id").andOnNull("pc.deleted_at")
    })
    .join("product as p", function () {
      this.on("p.id", "pc.product_id").andOnNull("p.deleted_at")
    })
    .whereNull("c.deleted_at")
    .whereIn("c.status", ["active", "expired"])
}

/** Reads every figure of the programme dashboard as of `today` (YYYY-MM-DD, Vietnam's calendar day). */
export async function readOcopDashboard(
  knex: Knex,
  { today, withinDays }: { today: string; withinDays: number }
): Promise<OcopDashboard> {
  const current = () => knex.with("cur", currentCertifications(knex, today))

  const [byStars, byProvince, bySector, byType, expiring, sales, salesByPoint, points] =
    await Promise.all([
      current()
        .select(
          "stars",
          knex.raw("count(distinct product_id)::int as count"),
          knex.raw(
            "count(distinct product_id) filter (where effective_status = 'active')::int as active"
          )
        )
        .from("cur")
        .groupBy("stars")
        .orderBy("stars", "desc"),
      current()
        .select(
          "cur.origin_province_code as code",
          "prov.name",
          knex.raw("count(distinct cur.product_id)::int as count")
        )
        .from("cur")
        .leftJoin(
          "ocop_province as prov",
          "prov.code",
          "cur.origin_province_code"
        )
        .groupBy("cur.origin_province_code", "prov.name")
        .orderBy([
          { column: "count", order: "desc" },
          { column: "code", order: "asc" },
        ]),
      current()
        .select(
          "category_sector as sector",
          knex.raw("count(distinct product_id)::int as count")
        )
        .from("cur")
        .groupBy("category_sector")
        .orderBy("category_sector"),
      knex
        .select("type", knex.raw("count(*)::int as count"))
        .from("ocop_producer")
        .whereNull("deleted_at")
        .groupBy("type")
        .orderBy([{ column: "count", order: "desc" }, { column: "type" }]),
      knex
        .with("cur", currentCertifications(knex, today))
        .select(
          "cur.id",
          "cur.stars",
          "cur.product_id",
          "cur.product_title",
          knex.raw("to_char(cur.valid_until, 'YYYY-MM-DD') as valid_until"),
          knex.raw("(cur.valid_until - ?::date)::int as days_left", [today]),
          "prod.id as producer_id",
          "prod.name as producer_name"
        )
        .from("cur")
        .join("ocop_certification as c", "c.id", "cur.id")
        .leftJoin("ocop_product_producer as pp", function () {
          this.on("pp.product_id", "cur.product_id").andOnNull("pp.deleted_at")
        })
        .leftJoin("ocop_producer as prod", function () {
          this.on("prod.id", "pp.producer_id").andOnNull("prod.deleted_at")
        })
        .where("c.status", "active")
        .whereRaw("cur.valid_until >= ?::date", [today])
        .whereRaw("cur.valid_until <= ?::date + ?::int", [today, withinDays])
        .orderBy([{ column: "valid_until" }, { column: "cur.id" }]),
      // By the month (in Vietnam) the order was placed.
      ocopOrderLines(knex, today)
        .select(
          knex.raw(
            "to_char(date_trunc('month', o.created_at at time zone 'Asia/Ho_Chi_Minh'), 'YYYY-MM') as month"
          ),
          ...SALES_TOTALS(knex)
        )
        .groupByRaw("1")
        .orderByRaw("1"),
      // By the sales point that sold over its counter (orders carry it in their
      // metadata); the rest were sold online.
      ocopOrderLines(knex, today)
        .select(knex.raw("o.metadata->>'sales_point_id' as sales_point_id"), ...SALES_TOTALS(knex))
        .groupByRaw("1"),
      knex
        .select("sp.id", "sl.name")
        .from("ocop_sales_point as sp")
        .join("ocop_sales_point_stock_location as l", function () {
          this.on("l.sales_point_id", "sp.id").andOnNull("l.deleted_at")
        })
        .join("stock_location as sl", "sl.id", "l.stock_location_id")
        .whereNull("sp.deleted_at")
        .orderBy("sl.name"),
    ])

  const sectorName = new Map(OCOP_SECTORS.map((s) => [s.code, s]))
  return {
    today,
    products_total: (byStars as any[]).reduce((n, r) => n + r.count, 0),
    products_by_stars: (byStars as any[]).map((r) => ({
      value: r.stars,
      label: `${r.stars}★`,
      count: r.count,
      active: r.active,
      expired: r.count - r.active,
    })),
    products_by_province: (byProvince as any[]).map((r) => ({
      value: r.code,
      label: r.name ?? r.code,
      count: r.count,
    })),
    products_by_sector: (bySector as any[]).map((r) => {
      const sector = sectorName.get(r.sector)
      return {
        value: r.sector,
        label: sector ? `${sector.roman}. ${sector.name_vi}` : String(r.sector),
        count: r.count,
      }
    }),
    producers_by_type: (byType as any[]).map((r) => ({
      value: r.type,
      label:
        PRODUCER_TYPE_LABELS[r.type as keyof typeof PRODUCER_TYPE_LABELS]?.vi ??
        "Chưa phân loại",
      count: r.count,
    })),
    expiring: {
      within_days: withinDays,
      certifications: (expiring as any[]).map((r) => ({
        id: r.id,
        stars: r.stars,
        valid_until: r.valid_until,
        days_left: r.days_left,
        product: r.product_id
          ? { id: r.product_id, title: r.product_title }
          : null,
        producer: r.producer_id
          ? { id: r.producer_id, name: r.producer_name }
          : null,
      })),
    },
    sales_by_month: (sales as any[]).map((r) => ({
      month: r.month,
      ...salesFigures(r),
    })),
    sales_by_point: [
      ...(points as any[]).map((p) => ({
        sales_point_id: p.id,
        name: p.name,
        ...salesFigures((salesByPoint as any[]).find((r) => r.sales_point_id === p.id)),
      })),
      {
        sales_point_id: null,
        name: "Trực tuyến",
        ...salesFigures((salesByPoint as any[]).find((r) => r.sales_point_id == null)),
      },
    ],
  }
}

const SALES_TOTALS = (knex: Knex) => [
  knex.raw("count(distinct o.id)::int as orders"),
  knex.raw("coalesce(sum(oi.quantity), 0)::int as quantity"),
  knex.raw("coalesce(sum(oi.quantity * li.unit_price), 0)::bigint as revenue_vnd"),
]

function salesFigures(row: any | undefined) {
  return {
    orders: row?.orders ?? 0,
    quantity: row?.quantity ?? 0,
    revenue_vnd: Number(row?.revenue_vnd ?? 0),
  }
}

/**
 * Order lines of products that hold or held an OCOP certificate; draft and
 * canceled orders are not sales.
 */
function ocopOrderLines(knex: Knex, today: string) {
  return placedOrderLines(knex)
    .whereNot("o.status", "canceled")
    .whereIn("li.product_id", currentCertifications(knex, today).clearSelect().select("p.id"))
}
