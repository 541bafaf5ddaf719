import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createShippingOptionsWorkflow,
  updateShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { assignProducerShippingProfilesWorkflow } from "./assign-producer-shipping-profiles"
import { addShippingOptionRulesStep } from "./steps/add-shipping-option-rules"
import { planProducerShippingOptionsStep } from "./steps/plan-producer-shipping-options"

export const ensureProducerShippingWorkflowId = "ocop-ensure-producer-shipping"
/**
 * Completes the producers' shipping profiles (all, or those given): their own delivery
 * on their profile, a copy of each default-profile option (warehouse deliveries, sales
 * point pickups) for their goods, and their products on their profile; the default
 * profile's options are listed only for carts holding its goods. Run when a
 * producer is created, when a sales point opens its pickup, and by the backfill;
 * idempotent. Core's workflows compensate what they create or change.
 */
export const ensureProducerShippingWorkflow = createWorkflow(
  ensureProducerShippingWorkflowId,
  (input: WorkflowData<{ producer_ids?: string[] | null }>) => {
    const plan = planProducerShippingOptionsStep(input)
    addShippingOptionRulesStep(
      transform({ plan }, ({ plan }) => plan.restrict)
    )
    when("producer-options-to-move", { plan }, ({ plan }) => plan.move.length > 0)
      .then(() => {
        updateShippingOptionsWorkflow.runAsStep({
          input: transform({ plan }, ({ plan }) => plan.move),
        })
      })
    when("producer-options-to-copy", { plan }, ({ plan }) => plan.create.length > 0)
      .then(() => {
        createShippingOptionsWorkflow.runAsStep({
          input: transform({ plan }, ({ plan }) => plan.create as any),
        })
      })
    assignProducerShippingProfilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        producer_ids: input.producer_ids ?? null,
      })),
    })
    return new WorkflowResponse(plan)
  }
)
