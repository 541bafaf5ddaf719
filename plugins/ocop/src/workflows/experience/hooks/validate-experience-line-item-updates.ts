import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { refuseUnbookableExperienceDates } from "./validate-experience-cart-items"

// Changing a booked line's group size in the cart is a new booking of that date.
updateLineItemInCartWorkflow.hooks.validate(
  async ({ input, cart }, { container }) => {
    const item = (cart as any).items?.find((i: any) => i.id === input.item_id)
    await refuseUnbookableExperienceDates(
      container,
      item?.variant_id ? [item.variant_id] : []
    )
  }
)
