import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  cancelPaymentStep,
  deleteReservationsByLineItemsStep,
  refundPaymentsWorkflow,
  updateInventoryLevelsStep,
} from "@medusajs/medusa/core-flows"
import { cancelExperienceBookingsStep } from "./steps/cancel-experience-bookings"
import { closeExperienceDatesStep } from "./steps/close-experience-dates"
import {
  type CancelExperienceDateInput,
  planExperienceDateCancellationStep,
} from "./steps/plan-experience-date-cancellation"
import { sendDateCancelledNoticesStep } from "./steps/send-date-cancelled-notices"

export type { CancelExperienceDateInput }

export const cancelExperienceDateWorkflowId = "ocop-cancel-experience-date"
/**
 * The host cancels a date: it is closed (no longer offered, its seats stocked at 0),
 * its bookings are cancelled with the host's reason, their reservations released,
 * their payments released (an authorization canceled, a capture refunded) and the
 * visitors told. Steps that can be undone come first; money moves only once they all
 * held, and the notices go last.
 */
export const cancelExperienceDateWorkflow = createWorkflow(
  cancelExperienceDateWorkflowId,
  (input: WorkflowData<CancelExperienceDateInput>) => {
    const plan = planExperienceDateCancellationStep(input)

    deleteReservationsByLineItemsStep(
      transform({ plan }, ({ plan }) => plan.bookings.flatMap((b) => b.line_item_ids))
    )
    updateInventoryLevelsStep(
      transform({ plan }, ({ plan }) => [
        {
          inventory_item_id: plan.inventory_item_id,
          location_id: plan.location_id,
          stocked_quantity: 0,
        },
      ])
    )
    closeExperienceDatesStep(
      transform({ plan }, ({ plan }) => [
        { experience_id: plan.experience_id, closed_dates: plan.closed_dates },
      ])
    )
    cancelExperienceBookingsStep(
      transform({ plan }, ({ plan }) => ({
        ids: plan.bookings.map((b) => b.id),
        reason: plan.reason,
      }))
    )

    when("ocop-cancel-date-refunds", { plan }, ({ plan }) => {
      return plan.refunds.length > 0
    }).then(() => {
      refundPaymentsWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) =>
          plan.refunds.map((r) => ({
            payment_id: r.payment_id,
            amount: r.amount,
            note: `Huỷ ngày ${plan.date}: ${plan.reason}`,
          }))
        ),
      })
    })
    when("ocop-cancel-date-payments", { plan }, ({ plan }) => {
      return plan.cancel_payment_ids.length > 0
    }).then(() => {
      cancelPaymentStep(
        transform({ plan }, ({ plan }) => ({
          paymentIds: plan.cancel_payment_ids,
        }))
      )
    })

    sendDateCancelledNoticesStep(plan)

    return new WorkflowResponse(
      transform({ plan }, ({ plan }) => ({
        experience_id: plan.experience_id,
        date: plan.date,
        cancelled: plan.bookings.map((b) => b.reference),
        refunded: plan.refunds.length,
        payments_canceled: plan.cancel_payment_ids.length,
        orders_left_to_settle: plan.orders_left_to_settle,
      }))
    )
  }
)
