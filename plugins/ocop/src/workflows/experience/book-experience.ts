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
 * Puts a date of an experience in a cart for a group: a line of the date's variant for
 * the adults and, when children come, a second line of the same variant at the child
 * price (both draw on the date's one inventory item, so seats stay one counter). The
 * lead visitor, when given, goes on the lines. Seats are taken when the cart
 * completes (Medusa's reservation), not here.
 */
export const bookExperienceWorkflow = createWorkflow(
  bookExperienceWorkflowId,
  (input: WorkflowData<ExperienceBooking>) => {
    const slots = validateExperienceBookingsStep(
      transform({ input }, ({ input }) => [input])
    )
    addToCartWorkflow.runAsStep({
      input: transform({ input, slots }, ({ input, slots }) => {
        const children = input.children ?? 0
        const metadata = {
          ocop_experience_date: input.date,
          ...(input.lead_name ? { ocop_lead_name: input.lead_name } : {}),
          ...(input.lead_phone ? { ocop_lead_phone: input.lead_phone } : {}),
        }
        return {
          cart_id: input.cart_id,
          items: [
            {
              variant_id: slots[0].variant_id,
              quantity: input.guests - children,
              metadata,
            },
            ...(children > 0
              ? [
                  {
                    variant_id: slots[0].variant_id,
                    quantity: children,
                    unit_price: slots[0].child_price!,
                    metadata: { ...metadata, ocop_guest_kind: "child" },
                  },
                ]
              : []),
          ],
        }
      }),
    })
    return new WorkflowResponse(
      transform({ input, slots }, ({ input, slots }) => ({
        cart_id: input.cart_id,
        variant_id: slots[0].variant_id,
      }))
    )
  }
)
