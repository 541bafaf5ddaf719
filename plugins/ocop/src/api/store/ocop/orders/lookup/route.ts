import type {
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { contactMatches, signOrderAccess } from "../order-access"
import { orderAccessSecret } from "../order-access-secret"
import type { StoreLookupOcopOrderType } from "./validators"

/**
 * A guest finds an order from any browser: its number with the phone or e-mail given
 * with it gives a signed pass to the order's page for 30 minutes. A wrong number and a
 * wrong contact get the same answer, so the lookup tells nobody which orders exist;
 * the app limits how often one address may ask (backend/src/api/middlewares.ts).
 */
export const POST = async (
  req: MedusaRequest<StoreLookupOcopOrderType>,
  res: MedusaResponse
) => {
  const { number, contact } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "email",
      "is_draft_order",
      "shipping_address.phone",
      "billing_address.phone",
    ],
    filters: { display_id: number },
  })
  const order = (data as any[]).find((o) => o && !o.is_draft_order)
  const matches =
    !!order &&
    contactMatches(contact, {
      email: order.email,
      phones: [order.shipping_address?.phone, order.billing_address?.phone],
    })
  if (!matches) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "number, contact: no order has this number with this phone number or e-mail"
    )
  }
  const access = signOrderAccess(order.id, orderAccessSecret(req.scope), new Date())
  res.json({ order_id: order.id, access_token: access.token, expires_at: access.expires_at })
}
