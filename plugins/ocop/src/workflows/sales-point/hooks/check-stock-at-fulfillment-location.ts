import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { locatedNeedsOfCart, refuseShortfalls } from "./cart-fulfillment-locations"

// Before any order exists: a pickup at a point that lacks the goods (or a delivery the
// warehouse cannot serve) is refused with the place named, even when another location
// of the channel has them. The locked re-check happens when the reservations are placed.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await refuseShortfalls(
    container,
    await locatedNeedsOfCart(container, (cart as any).id)
  )
})
