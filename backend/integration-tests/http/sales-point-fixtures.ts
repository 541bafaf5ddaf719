import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SALES_POINT_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/sales-point"
import {
  createSalesPointStaffWorkflow,
  createSalesPointsWorkflow,
} from "@ocop-market/medusa-plugin-ocop/workflows"
import { seedShop } from "./fixtures"

export const STAFF_PASSWORD = "s3cret-counter"

// Two points of An Giang; their details are test data.
const POINTS = [
  {
    name: "Điểm bán thử Long Xuyên",
    handle: "thu-long-xuyen",
    kind: "centre" as const,
    address: "1 Đường Thử, Phường Long Xuyên",
    commune_code: "30307",
  },
  {
    name: "Điểm bán thử Châu Đốc",
    handle: "thu-chau-doc",
    kind: "point" as const,
    address: "2 Đường Thử, Phường Châu Đốc",
    commune_code: "30316",
  },
]

export type SalesPointSetup = Awaited<ReturnType<typeof setupSalesPoints>>

/**
 * The shop with two seeded products (Tương xay Thanh Hồ p02, ANAS p04), two sales
 * points with `stock` units of every variant each, and one signed-in staff member
 * per point (`a` works at point A, `b` at point B).
 */
export async function setupSalesPoints(
  api: any,
  container: MedusaContainer,
  stock = 20
) {
  const store = await seedShop(container, ["p02", "p04"])
  const { result: points } = await createSalesPointsWorkflow(container).run({
    input: { sales_points: POINTS },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "product.handle",
      "inventory_items.inventory_item_id",
    ],
  })
  const inventory = container.resolve(Modules.INVENTORY)
  await inventory.createInventoryLevels(
    points.flatMap((p: any) =>
      variants.map((v: any) => ({
        inventory_item_id: v.inventory_items[0].inventory_item_id,
        location_id: p.stock_location_id,
        stocked_quantity: stock,
      }))
    )
  )
  await createSalesPointStaffWorkflow(container).run({
    input: {
      staff: points.map((p: any) => ({
        email: `${p.handle}@staff.test`,
        password: STAFF_PASSWORD,
        name: `Nhân viên ${p.name}`,
        sales_point_ids: [p.id],
      })),
    },
  })
  const session = async (handle: string) => {
    const { data } = await api.post("/auth/sales_point_staff/emailpass", {
      email: `${handle}@staff.test`,
      password: STAFF_PASSWORD,
    })
    return { headers: { authorization: `Bearer ${data.token}` } }
  }
  const [pointA, pointB] = points as any[]
  return {
    store,
    pointA,
    pointB,
    a: await session(pointA.handle),
    b: await session(pointB.handle),
    variants: variants.map((v: any) => ({
      id: v.id as string,
      title: v.title as string,
      product_handle: v.product.handle as string,
      inventory_item_id: v.inventory_items[0].inventory_item_id as string,
    })),
  }
}

/** Stocked and reserved units of an inventory item at a stock location. */
export async function levelAt(
  container: MedusaContainer,
  inventoryItemId: string,
  locationId: string
) {
  const [level] = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({
      inventory_item_id: inventoryItemId,
      location_id: locationId,
    })
  return {
    stocked: Number(level?.stocked_quantity ?? 0),
    reserved: Number(level?.reserved_quantity ?? 0),
  }
}

/** The stock ledger lines of a sales point. */
export async function movementsOf(
  container: MedusaContainer,
  salesPointId: string
) {
  return (container.resolve(SALES_POINT_MODULE) as any).listSalesPointMovements(
    {
      sales_point_id: salesPointId,
    }
  )
}

/** Orders of the `sales-point` channel (deleted ones excluded, as Medusa lists them). */
export async function counterOrders(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "metadata",
      "sales_channel.name",
      "items.quantity",
      "payment_collections.status",
    ],
  })
  return data.filter((o: any) => o.sales_channel?.name === "sales-point")
}
