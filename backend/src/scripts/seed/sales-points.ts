import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SALES_POINT_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/sales-point"
import {
  createSalesPointPickupsWorkflow,
  createSalesPointStaffWorkflow,
  createSalesPointsWorkflow,
  PICKUP_FULFILLMENT_SET_TYPE,
} from "@ocop-market/medusa-plugin-ocop/workflows"
import data from "./data/sales-points.json"
import { progress } from "./progress"

/** The demo login email of a seeded sales point's staff (a local address: nobody is mailed). */
export function demoStaffEmail(handle: string) {
  return `${handle}@staff.ocop-market.local`
}

// Opening stock per variant and point: 0–24 units, the same on every run, so some
// lines are sold out or low (the console's highlighting and the shop's "few left").
function openingStock(variantId: string, pointHandle: string) {
  let h = 7
  for (const ch of `${variantId}:${pointHandle}`)
    h = (h * 31 + ch.charCodeAt(0)) % 1_000_003
  return h % 25
}

/**
 * The planned OCOP points of An Giang and Cần Thơ, each with opening stock of every
 * seeded variant (recorded in its ledger) and one staff login with the given demo
 * password. Runs again without changing what exists.
 */
export async function ensureSalesPoints(
  container: MedusaContainer,
  staffPassword?: string
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ocop = container.resolve(SALES_POINT_MODULE) as any
  const inventory = container.resolve(Modules.INVENTORY)

  const existing = await ocop.listSalesPoints(
    { handle: data.sales_points.map((p) => p.handle) },
    { select: ["id", "handle"] }
  )
  const missing = data.sales_points.filter(
    (p) => !existing.some((e: any) => e.handle === p.handle)
  )
  if (missing.length) {
    await createSalesPointsWorkflow(container).run({
      // The English fields go to the Translation Module (seed/english.ts).
      input: {
        sales_points: missing.map(
          ({ address_en: _a, opening_hours_en: _h, ...point }) => point
        ) as any,
      },
    })
    logger.info(`  ${missing.length} sales points created`)
  } else {
    logger.info("  every sales point already exists")
  }

  const { data: points } = await query.graph({
    entity: "sales_point",
    fields: [
      "id",
      "handle",
      "stock_location.id",
      "stock_location.name",
      "stock_location.fulfillment_sets.type",
    ],
    filters: { handle: data.sales_points.map((p) => p.handle) },
  })
  // Points seeded before click & collect existed get their pickup option now.
  const withoutPickup = (points as any[]).filter(
    (p) =>
      !(p.stock_location.fulfillment_sets ?? []).some(
        (s: any) => s?.type === PICKUP_FULFILLMENT_SET_TYPE
      )
  )
  if (withoutPickup.length) {
    await createSalesPointPickupsWorkflow(container).run({
      input: {
        points: withoutPickup.map((p) => ({
          handle: p.handle,
          name: p.stock_location.name,
          stock_location_id: p.stock_location.id,
        })),
      },
    })
    logger.info(`  ${withoutPickup.length} pickup options "Nhận tại …" created`)
  }
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "manage_inventory", "inventory_items.inventory_item_id"],
  })
  const stocked = variants.filter(
    (v: any) => v.manage_inventory && v.inventory_items?.[0]
  )
  const step = progress(logger, points.length)
  for (const point of points as any[]) {
    const locationId = point.stock_location.id
    const levels = await inventory.listInventoryLevels(
      { location_id: locationId },
      { select: ["inventory_item_id"] }
    )
    const have = new Set(levels.map((l) => l.inventory_item_id))
    const rows = stocked
      .map((v: any) => ({
        variant_id: v.id as string,
        inventory_item_id: v.inventory_items[0].inventory_item_id as string,
        quantity: openingStock(v.id, point.handle),
      }))
      .filter((r) => !have.has(r.inventory_item_id))
    if (rows.length) {
      await inventory.createInventoryLevels(
        rows.map((r) => ({
          inventory_item_id: r.inventory_item_id,
          location_id: locationId,
          stocked_quantity: r.quantity,
        }))
      )
      await ocop.createSalesPointMovements(
        rows.map((r) => ({
          sales_point_id: point.id,
          inventory_item_id: r.inventory_item_id,
          variant_id: r.variant_id,
          kind: "receive",
          quantity: r.quantity,
          quantity_before: 0,
          quantity_after: r.quantity,
          note: "Tồn kho ban đầu (dữ liệu mẫu)",
        }))
      )
    }
    step(`${point.stock_location.name}: ${rows.length} lines of opening stock`)
  }

  if (!staffPassword) {
    logger.info("  staff logins skipped: OCOP_DEMO_STAFF_PASSWORD is not set")
    return []
  }
  const staff = await ocop.listSalesPointStaffs(
    { email: points.map((p: any) => demoStaffEmail(p.handle)) },
    { select: ["email"] }
  )
  const withoutLogin = (points as any[]).filter(
    (p) => !staff.some((s: any) => s.email === demoStaffEmail(p.handle))
  )
  if (withoutLogin.length) {
    await createSalesPointStaffWorkflow(container).run({
      input: {
        staff: withoutLogin.map((p) => ({
          email: demoStaffEmail(p.handle),
          password: staffPassword,
          name: `Nhân viên ${p.stock_location.name}`,
          sales_point_ids: [p.id],
        })),
      },
    })
    logger.info(`  ${withoutLogin.length} staff logins created`)
  } else {
    logger.info("  every sales point already has a staff login")
  }
  return (points as any[]).map((p) => ({
    email: demoStaffEmail(p.handle),
    sales_point_id: p.id as string,
    sales_point_name: p.stock_location.name as string,
  }))
}
