import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { SALES_POINT_MODULE } from "../../../../../../../modules/sales-point"
import type SalesPointModuleService from "../../../../../../../modules/sales-point/service"
import {
  isExpired,
  vietnamToday,
} from "../../../../../../../modules/sales-point/rules/lots"
import { listSalesPoints } from "../../../../../../../queries/sales-points"

/**
 * The dates of a product's lot, for the trace page a label's QR code opens with the
 * lot printed beside it: its code, production and expiry dates, whether it has
 * expired, and the sales points that received it and when. Nothing about stock,
 * staff or sales. A code this product never had is a 404.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const code = String(req.params.code ?? "").trim()
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "variants.id"],
    filters: { handle: req.params.handle },
  })
  const variantIds = ((products[0] as any)?.variants ?? []).map(
    (v: any) => v.id
  )
  const lots = variantIds.length
    ? await req.scope
        .resolve<SalesPointModuleService>(SALES_POINT_MODULE)
        .listSalesPointLots(
          { variant_id: variantIds, lot_code: code },
          { order: { created_at: "ASC" } }
        )
    : []
  if (!lots.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `lot: lot ${code} of this product was not found`
    )
  }
  const points = await listSalesPoints(
    req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    { id: [...new Set(lots.map((l) => l.sales_point_id))] }
  )
  const today = vietnamToday()
  res.json({
    lot: {
      lot_code: lots[0].lot_code,
      // One delivery's label: the dates of the first receipt of this code.
      expires_on: lots[0].expires_on,
      produced_on: lots[0].produced_on,
      expired: isExpired(lots[0].expires_on, today),
      received: lots.map((l) => {
        const point = points.find((p) => p.id === l.sales_point_id)
        return {
          sales_point: point ? { name: point.name, handle: point.handle } : null,
          received_at: l.created_at,
          expires_on: l.expires_on,
        }
      }),
    },
  })
}
