import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { changeProducerStockStep } from "./steps/change-producer-stock"
import { resolveProducerPackStep } from "./steps/resolve-producer-pack"

export type RecordProducerStockInput = {
  producer_id: string
  variant_id: string
  /** The new stocked quantity, or a signed change of it: exactly one (the validator says). */
  quantity?: number
  change?: number
  reason: string
  member: { id: string | null; email: string | null }
}

export const recordProducerStockWorkflowId = "ocop-record-producer-stock"
/**
 * A producer declares, or corrects, how many units of one of its packs it can ship
 * from its premises, with a reason; the ledger keeps every change.
 */
export const recordProducerStockWorkflow = createWorkflow(
  recordProducerStockWorkflowId,
  (input: WorkflowData<RecordProducerStockInput>) => {
    const pack = resolveProducerPackStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.producer_id,
        variant_id: input.variant_id,
      }))
    )
    const movement = changeProducerStockStep(
      transform({ input, pack }, ({ input, pack }) => ({
        producer_id: input.producer_id,
        location_id: pack.location_id,
        inventory_item_id: pack.inventory_item_id,
        variant_id: input.variant_id,
        label: pack.label,
        quantity: input.quantity,
        change: input.change,
        reason: input.reason,
        member: input.member,
      }))
    )
    return new WorkflowResponse(movement)
  }
)
