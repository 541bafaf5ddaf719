import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  type ExperienceBooking,
  validateExperienceBookingsStep,
} from "./steps/validate-experience-bookings"

export const bookExperienceWorkflowId = "ocop-book-experience"
/**
 * Puts a date of an experience in a cart for a group: one line of the date's variant,
 * quantity = guests, the lead visitor's name and phone on the line. Seats are taken
 * when the cart completes (Medusa's reservation), not here.
 */
export const bookExperienceWorkflow = createWorkflow(
  bookExperienceWorkflowId,
  (input: WorkflowData<ExperienceBooking>) => {
    const variantIds = validateExperienceBookingsStep(
      transform({ input }, ({ input }) => [input])
    )
    addToCartWorkflow.runAsStep({
      input: transform({ input, variantIds }, ({ input, variantIds }) => ({
        cart_id: input.cart_id,
        items: [
          {
            variant_id: variantIds[0],
            quantity: input.guests,
            metadata: {
              ocop_experience_date: input.date,
              ocop_lead_name: input.lead_name,
              ocop_lead_phone: input.lead_phone,
            },
          },
        ],
      })),
    })
    return new WorkflowResponse(
      transform({ input, variantIds }, ({ input, variantIds }) => ({
        cart_id: input.cart_id,
        variant_id: variantIds[0],
      }))
    )
  }
)
