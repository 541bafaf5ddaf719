import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  dismissRemoteLinkStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import { deleteProducersStep } from "./steps/delete-producers"

export const deleteProducersWorkflowId = "ocop-delete-producers"
/** Deletes producers and unlinks their products (the products themselves stay). */
export const deleteProducersWorkflow = createWorkflow(
  deleteProducersWorkflowId,
  (input: WorkflowData<{ ids: string[] }>) => {
    const { data: producers } = useQueryGraphStep({
      entity: "producer",
      fields: ["id", "products.id"],
      filters: { id: input.ids },
      options: { throwIfKeyNotFound: true },
    })
    const links = transform({ producers }, ({ producers }) =>
      producers.flatMap((p: any) =>
        (p.products ?? []).filter(Boolean).map((product: { id: string }) => ({
          [Modules.PRODUCT]: { product_id: product.id },
          [PRODUCER_MODULE]: { producer_id: p.id },
        }))
      )
    )
    dismissRemoteLinkStep(links)
    const deleted = deleteProducersStep(input.ids)
    emitEventStep({
      eventName: "ocop.producer.deleted",
      data: transform({ input }, ({ input }) =>
        input.ids.map((id) => ({ id }))
      ),
    })
    return new WorkflowResponse(deleted)
  }
)
