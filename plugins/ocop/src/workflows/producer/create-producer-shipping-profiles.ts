import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createShippingProfilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"

/** Shipping profiles of this type hold one producer's products (one shipment each). */
export const PRODUCER_SHIPPING_PROFILE_TYPE = "ocop_producer"

export const createProducerShippingProfilesWorkflowId =
  "ocop-create-producer-shipping-profiles"
/**
 * A shipping profile per producer, linked to it: Medusa keeps one shipping method per
 * profile of a cart's goods, so each producer's goods get their own delivery choice
 * and fee. Profile names are unique in the Fulfillment Module: the handle is.
 * Compensation deletes the profiles and the links.
 */
export const createProducerShippingProfilesWorkflow = createWorkflow(
  createProducerShippingProfilesWorkflowId,
  (
    input: WorkflowData<{
      producers: { id: string; handle: string; name: string }[]
    }>
  ) => {
    const profiles = createShippingProfilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        data: input.producers.map((p) => ({
          name: `${p.name} (${p.handle})`,
          type: PRODUCER_SHIPPING_PROFILE_TYPE,
        })),
      })),
    })
    createRemoteLinkStep(
      transform({ input, profiles }, ({ input, profiles }) =>
        input.producers.map((p, i): LinkDefinition => ({
          [PRODUCER_MODULE]: { producer_id: p.id },
          [Modules.FULFILLMENT]: { shipping_profile_id: profiles[i].id },
        }))
      )
    ).config({ name: "link-producer-shipping-profiles" })
    return new WorkflowResponse(profiles)
  }
)
