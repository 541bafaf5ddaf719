import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { findProducerOrderNoticesStep } from "./steps/find-producer-order-notices"
import { sendProducerOrderNoticesStep } from "./steps/send-producer-order-notices"

export type NotifyProducersOfOrderLinesInput = {
  order_id: string
  // The lines an order edit added; every line of a newly placed order when absent.
  line_ids?: string[]
  // "placed", or the id of the order change that added the lines.
  occasion: string
}

export const notifyProducersOfOrderLinesWorkflowId =
  "ocop-notify-producers-of-order-lines"
/** Tells each producer with lines in the order about its lines only (read, then send: nothing to undo). */
export const notifyProducersOfOrderLinesWorkflow = createWorkflow(
  notifyProducersOfOrderLinesWorkflowId,
  (input: WorkflowData<NotifyProducersOfOrderLinesInput>) => {
    const notices = findProducerOrderNoticesStep(
      transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        line_ids: input.line_ids,
      }))
    )
    const sent = sendProducerOrderNoticesStep(
      transform({ input, notices }, ({ input, notices }) => ({
        notices,
        occasion: input.occasion,
      }))
    )
    return new WorkflowResponse(sent)
  }
)
