import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { locatedNeedsOfCart, refuseShortfalls } from "./cart-fulfillment-locations"
import { refuseExperienceGroupViolations } from "../../experience/hooks/refuse-experience-group-violations"

// Before any order exists (a hook takes one handler, so every completion check is
// here): an experience date's lines must still make a group the booking accepts, and
// a pickup at a point that lacks the goods (or a delivery the warehouse cannot serve)
// is refused with the place named, even when another location of the channel has
// them. The locked re-check happens when the reservations are placed.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await refuseExperienceGroupViolations(container, (cart as any).id)
  await refuseShortfalls(
    container,
    await locatedNeedsOfCart(container, (cart as any).id)
  )
})
