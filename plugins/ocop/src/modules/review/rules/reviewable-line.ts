/** What a review's rules need to know of an order. */
export type ReviewableOrder = {
  id: string
  customer_id: string | null
  is_draft_order?: boolean | null
  status?: string | null
  items: { id: string; product_id: string | null }[]
  fulfillments: {
    delivered_at: string | Date | null
    canceled_at: string | Date | null
    items: { line_item_id: string | null }[]
  }[]
}

export type ReviewableLine =
  | { reviewable: true; product_id: string }
  | {
      reviewable: false
      // not_found: not this customer's order or no such line (a 404: says nothing of others);
      // not_delivered: the line has not reached the buyer yet.
      reason: "not_found" | "not_delivered"
    }

/**
 * Whether this customer may review this line of this order: only the buyer of the
 * order, only a line of a product, and only once a delivered parcel carried it.
 */
export function reviewableLine(
  order: ReviewableOrder | null | undefined,
  customerId: string,
  lineItemId: string
): ReviewableLine {
  if (!order || order.is_draft_order || !order.customer_id) {
    return { reviewable: false, reason: "not_found" }
  }
  if (order.customer_id !== customerId) {
    return { reviewable: false, reason: "not_found" }
  }
  const line = order.items.find((i) => i?.id === lineItemId)
  if (!line?.product_id) return { reviewable: false, reason: "not_found" }
  if (order.status === "canceled") {
    return { reviewable: false, reason: "not_delivered" }
  }
  const delivered = order.fulfillments.some(
    (f) =>
      f &&
      f.delivered_at &&
      !f.canceled_at &&
      f.items.some((i) => i?.line_item_id === lineItemId)
  )
  return delivered
    ? { reviewable: true, product_id: line.product_id }
    : { reviewable: false, reason: "not_delivered" }
}

/**
 * The name a review is signed with: the given name and the family name's initial
 * ("Lan N."), so a buyer is recognisable to friends but not fully named to everyone.
 */
export function reviewAuthorName(
  firstName?: string | null,
  lastName?: string | null
): string | null {
  const first = firstName?.trim()
  const last = lastName?.trim()
  if (!first && !last) return null
  if (!first) return `${Array.from(last!)[0]!.toLocaleUpperCase("vi")}.`
  if (!last) return first
  return `${first} ${Array.from(last)[0]!.toLocaleUpperCase("vi")}.`
}
