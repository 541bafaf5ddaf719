import {
  createWorkflow,
  WorkflowResponse,
  type WorkflowData,
} from "@medusajs/framework/workflows-sdk"
import {
  sendShopperOrderNoticeStep,
  type SendShopperOrderNoticeInput,
} from "./steps/send-shopper-order-notice"

/** E-mails the shopper a step of the order: placed, shipped, delivered. */
export const notifyShopperOfOrderWorkflow = createWorkflow(
  "ocop-notify-shopper-of-order",
  (input: WorkflowData<SendShopperOrderNoticeInput>) => {
    const sent = sendShopperOrderNoticeStep(input)
    return new WorkflowResponse(sent)
  }
)
