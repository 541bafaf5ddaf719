import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  dismissRemoteLinkStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { assignProducerShippingProfilesWorkflow } from "./assign-producer-shipping-profiles"

export type SetProductProducerInput = {
  product_id: string
  producer_id: string | null
}

const ensureProducerExistsStep = createStep(
  "ocop-ensure-producer-exists",
  async (input: { producer_id: string | null; found: { id: string }[] }) => {
    if (input.producer_id && !input.found.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `producer_id: producer ${input.producer_id} was not found`
      )
    }
    return new StepResponse(undefined)
  }
)

export const setProductProducerWorkflowId = "ocop-set-product-producer"
/**
 * Names the producer of a product (or clears it), replacing any previous one; the
 * product moves to that producer's shipping profile (or back to the default one).
 */
export const setProductProducerWorkflow = createWorkflow(
  setProductProducerWorkflowId,
  (input: WorkflowData<SetProductProducerInput>) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "producer.id"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-product" })
    const producerIds = transform({ input }, ({ input }) =>
      input.producer_id ? [input.producer_id] : ["-"]
    )
    const { data: producers } = useQueryGraphStep({
      entity: "producer",
      fields: ["id"],
      filters: { id: producerIds },
    }).config({ name: "get-producer" })
    ensureProducerExistsStep(
      transform({ input, producers }, ({ input, producers }) => ({
        producer_id: input.producer_id,
        found: producers,
      }))
    )
    const previous = transform({ products }, ({ products }) =>
      products[0].producer
        ? [
            {
              [Modules.PRODUCT]: { product_id: products[0].id },
              [PRODUCER_MODULE]: { producer_id: products[0].producer.id },
            },
          ]
        : []
    )
    dismissRemoteLinkStep(previous)
    when({ input }, ({ input }) => !!input.producer_id).then(() => {
      createRemoteLinkStep(
        transform({ input }, ({ input }) => [
          {
            [Modules.PRODUCT]: { product_id: input.product_id },
            [PRODUCER_MODULE]: { producer_id: input.producer_id },
          },
        ])
      )
    })
    assignProducerShippingProfilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        product_ids: [input.product_id],
      })),
    })
    emitEventStep({
      eventName: "ocop.product_producer.set",
      data: transform({ input }, ({ input }) => ({ ...input })),
    })
    return new WorkflowResponse(transform({ input }, ({ input }) => input))
  }
)
