import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ShippingOptionRuleInput = {
  shipping_option_id: string
  attribute: string
  operator: "eq"
  value: string
}

export const addShippingOptionRulesStepId = "ocop-add-shipping-option-rules"
/** Adds rules to existing shipping options; compensation deletes them. */
export const addShippingOptionRulesStep = createStep(
  addShippingOptionRulesStepId,
  async (input: ShippingOptionRuleInput[], { container }) => {
    if (!input.length) return new StepResponse([], [])
    const created = await container
      .resolve(Modules.FULFILLMENT)
      .createShippingOptionRules(input)
    return new StepResponse(
      created,
      created.map((r) => r.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container
      .resolve(Modules.FULFILLMENT)
      .deleteShippingOptionRules(createdIds)
  }
)
