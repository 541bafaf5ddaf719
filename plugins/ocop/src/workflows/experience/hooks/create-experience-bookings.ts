import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import { newBookingReference } from "../../../modules/experience/rules/booking-reference"
import { isChildLine } from "../../../modules/experience/rules/experience-group"
import type ExperienceModuleService from "../../../modules/experience/service"

type LeadVisitor = { name?: string; phone?: string }

export type NewExperienceBooking = {
  reference: string
  order_id: string
  line_item_id: string
  experience_id: string
  variant_id: string
  date: string
  guests: number
  children: number
  lead_name: string
  lead_phone: string
}

/**
 * The bookings an order's experience lines make: one per date variant booked, with
 * the lead visitor the booking form put on the line, else the one checkout put on the
 * cart (contract: `metadata.ocop_lead_visitor`), else the order's contact.
 */
export async function bookingsOfOrder(
  container: MedusaContainer,
  orderId: string
): Promise<NewExperienceBooking[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "email",
      "metadata",
      "billing_address.first_name",
      "billing_address.last_name",
      "billing_address.phone",
      "items.id",
      "items.quantity",
      "items.detail.quantity",
      "items.variant_id",
      "items.metadata",
      "items.is_custom_price",
    ],
    filters: { id: orderId },
  })
  const order = orders[0] as any
  const items = (order?.items ?? []).filter((i: any) => i.variant_id)
  if (!items.length) return []
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "metadata", "product.experience.id"],
    filters: { id: items.map((i: any) => i.variant_id) },
  })
  const byId = new Map((variants as any[]).map((v) => [v.id, v]))
  const lead: LeadVisitor = order.metadata?.ocop_lead_visitor ?? {}
  const billing = order.billing_address
  const billingName = [billing?.first_name, billing?.last_name]
    .filter(Boolean)
    .join(" ")
  // A group is the order's lines of one date variant: the adults' line and, when
  // children come, their line at the child price.
  const groups = new Map<string, any[]>()
  for (const item of items) {
    groups.set(item.variant_id, [...(groups.get(item.variant_id) ?? []), item])
  }
  return [...groups.entries()].flatMap(
    ([variantId, lines]): NewExperienceBooking[] => {
      const variant = byId.get(variantId)
      const date = variant?.metadata?.ocop_experience_date
      const experienceId = variant?.product?.experience?.id
      if (!date || !experienceId) return []
      const first = lines[0]
      const count = (of: any[]) =>
        // An order line's quantity lives on its detail (the order item), as a BigNumber.
        of.reduce(
          (n: number, i: any) =>
            n + MathBN.convert(i.detail?.quantity ?? i.quantity ?? 0).toNumber(),
          0
        )
      return [
        {
          reference: newBookingReference(),
          order_id: order.id,
          line_item_id: first.id,
          experience_id: experienceId,
          variant_id: variantId,
          date,
          guests: count(lines),
          children: count(lines.filter(isChildLine)),
          lead_name:
            first.metadata?.ocop_lead_name ||
            lead.name ||
            billingName ||
            order.email ||
            "",
          lead_phone:
            first.metadata?.ocop_lead_phone ||
            lead.phone ||
            billing?.phone ||
            "",
        },
      ]
    }
  )
}

// Bookings exist as soon as POST /store/carts/:id/complete answers with the order, so
// the confirmation page can show the voucher at once. `orderCreated` runs inside cart
// completion after the order, its reservations and the payment authorization; core
// declares it but leaves it out of the workflow's typed hooks (marked @ignore), hence
// the cast. A failure here undoes the whole completion, payment included.
;(completeCartWorkflow.hooks as any).orderCreated(
  async (
    { order_id }: { order_id: string; cart_id: string },
    { container }: { container: MedusaContainer }
  ) => {
    const bookings = await bookingsOfOrder(container, order_id)
    if (!bookings.length) return new StepResponse([], [])
    const ocop = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const created = await ocop.createExperienceBookings(bookings)
    const ids = created.map((b) => b.id)
    return new StepResponse(ids, ids)
  },
  async (ids: string[] | undefined, { container }: { container: MedusaContainer }) => {
    if (!ids?.length) return
    await container
      .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
      .deleteExperienceBookings(ids)
  }
)
