import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  PARCEL_TRACKING_MODULE,
  type ParcelTrackingModuleService,
} from "../../../../../../modules/parcel-tracking"
import type { OcopOrderShipments } from "../../../../../../types/store"

// Carrier providers' ids and the names the shopper knows them by.
const CARRIER_NAMES: Record<string, string> = { ghn_ghn: "GHN", ghtk_ghtk: "GHTK" }

/**
 * Where each parcel of an order is, for the shopper's order page: the lines still
 * waiting to be packed, then every parcel packed, with the carrier, or delivered,
 * with its tracking number. Like GET /store/orders/:id it answers anyone holding
 * the order id, and says nothing about who packed which parcel.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "is_draft_order",
      // The quantity is computed from the item's detail: asked for by name, it is absent.
      "items.*",
      "items.detail.*",
      "fulfillments.id",
      "fulfillments.packed_at",
      "fulfillments.shipped_at",
      "fulfillments.delivered_at",
      "fulfillments.canceled_at",
      "fulfillments.created_at",
      "fulfillments.metadata",
      "fulfillments.provider_id",
      "fulfillments.items.line_item_id",
      "fulfillments.items.quantity",
      "fulfillments.labels.tracking_number",
      "fulfillments.labels.tracking_url",
    ],
    filters: { id: req.params.id },
  })
  const order = data[0] as any
  if (!order || order.is_draft_order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order ${req.params.id} was not found`
    )
  }
  const number = (v: unknown) => MathBN.convert((v ?? 0) as any).toNumber()
  const events = await req.scope
    .resolve<ParcelTrackingModuleService>(PARCEL_TRACKING_MODULE)
    .listParcelEvents(
      { order_id: order.id },
      {
        select: ["fulfillment_id", "status", "carrier_status", "occurred_at", "reason"],
        order: { occurred_at: "ASC" },
      }
    )
  const view: OcopOrderShipments = {
    awaiting: (order.items ?? [])
      .filter((i: any) => i && i.requires_shipping !== false)
      .map((i: any) => ({
        line_id: i.id as string,
        quantity:
          number(i.detail?.quantity ?? i.quantity) -
          number(i.detail?.fulfilled_quantity ?? i.fulfilled_quantity),
      }))
      .filter((l: { quantity: number }) => l.quantity > 0),
    shipments: (order.fulfillments ?? [])
      .filter((f: any) => f && !f.canceled_at)
      .sort((a: any, b: any) =>
        String(a.created_at).localeCompare(String(b.created_at))
      )
      .map((f: any) => ({
        id: f.id,
        status: f.delivered_at
          ? "delivered"
          : f.shipped_at
            ? "shipped"
            : "packed",
        packed_at: f.packed_at ?? null,
        shipped_at: f.shipped_at ?? null,
        delivered_at: f.delivered_at ?? null,
        carrier:
          (f.metadata?.carrier as string | undefined) ??
          CARRIER_NAMES[f.provider_id] ??
          null,
        tracking_number: f.labels?.[0]?.tracking_number ?? null,
        tracking_url: f.labels?.[0]?.tracking_url || null,
        lines: (f.items ?? []).map((i: any) => ({
          line_id: i.line_item_id,
          quantity: number(i.quantity),
        })),
        events: events
          .filter((e) => e.fulfillment_id === f.id)
          .map((e) => ({
            status: e.status,
            carrier_status: e.carrier_status,
            occurred_at: new Date(e.occurred_at).toISOString(),
            reason: e.reason ?? null,
          })),
      })),
  }
  res.json(view)
}
