import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { codAmountDue } from "../../../queries/cod-amount-due"

export const resolveCodAmountDueStepId = "ocop-resolve-cod-amount-due"
/**
 * The cash a carrier provider (GHN, GHTK) should collect with this parcel, as Admin
 * fulfilments get it (read only); other providers ignore it.
 */
export const resolveCodAmountDueStep = createStep(
  resolveCodAmountDueStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    return new StepResponse(await codAmountDue(query, input.order_id))
  }
)
