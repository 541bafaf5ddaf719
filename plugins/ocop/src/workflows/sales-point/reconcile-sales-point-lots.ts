import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { reconcileSalesPointLotsStep } from "./steps/reconcile-sales-point-lots"

export const reconcileSalesPointLotsWorkflowId = "ocop-reconcile-sales-point-lots"
/**
 * Takes off a sales point's lots the units Medusa's inventory lost at its location
 * without the point's ledger (an online order fulfilled from the point).
 */
export const reconcileSalesPointLotsWorkflow = createWorkflow(
  reconcileSalesPointLotsWorkflowId,
  (
    input: WorkflowData<{
      location_id: string
      inventory_item_ids: string[]
      reference?: string | null
    }>
  ) => {
    const result = reconcileSalesPointLotsStep(input)
    return new WorkflowResponse(result)
  }
)
