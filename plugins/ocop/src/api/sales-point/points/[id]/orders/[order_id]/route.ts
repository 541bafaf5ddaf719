import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { staffPoint } from "../../../../helpers"

/**
 * One counter sale of this point, as its receipt: number, lines, total, payment
 * and time. An order of another point or of the web shop is a 404, so staff cannot
 * read orders that are not their point's.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { point } = await staffPoint(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "created_at",
      "email",
      "metadata",
      "items.id",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.variant_id",
      "items.quantity",
      "items.unit_price",
      // An order line's quantity lives on its item detail (OrderItem).
      "items.detail.quantity",
    ],
    filters: { id: req.params.order_id },
  })
  const order = data[0] as any
  if (!order || order.metadata?.sales_point_id !== point.id) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `order_id: order ${req.params.order_id} was not found at this sales point`
    )
  }
  res.json({
    receipt: {
      order_id: order.id,
      display_id: order.display_id,
      created_at: order.created_at,
      sales_point: { id: point.id, name: point.name, address: point.address },
      payment_method: order.metadata.payment_method,
      staff_email: order.metadata.staff_email ?? null,
      total: Number(order.metadata.total_vnd ?? 0),
      units: Number(order.metadata.units ?? 0),
      lines: (order.items ?? []).map((i: any) => ({
        variant_id: i.variant_id,
        product_title: i.product_title ?? i.title,
        variant_title: i.variant_title,
        quantity: Number(i.detail?.quantity ?? i.quantity),
        unit_price: Number(i.unit_price),
      })),
    },
  })
}
