import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  type SetSettlementCommissionRateInput,
  setSettlementCommissionRateStep,
} from "./steps/set-settlement-commission-rate"

export const setSettlementCommissionRateWorkflowId =
  "ocop-set-settlement-commission-rate"
/** The office sets the commission rate that statements computed from now on use. */
export const setSettlementCommissionRateWorkflow = createWorkflow(
  setSettlementCommissionRateWorkflowId,
  (input: WorkflowData<SetSettlementCommissionRateInput>) =>
    new WorkflowResponse(setSettlementCommissionRateStep(input))
)
