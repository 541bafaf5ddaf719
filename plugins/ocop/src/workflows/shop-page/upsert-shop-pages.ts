import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  upsertShopPagesStep,
  type UpsertShopPagesStepInput,
} from "./steps/upsert-shop-pages"

export const upsertShopPagesWorkflowId = "ocop-upsert-shop-pages"
/** The office writes the shop's policy pages (Vietnamese; English through Translations). */
export const upsertShopPagesWorkflow = createWorkflow(
  upsertShopPagesWorkflowId,
  (input: WorkflowData<{ pages: UpsertShopPagesStepInput }>) => {
    const pages = upsertShopPagesStep(
      transform({ input }, ({ input }) => input.pages)
    )
    emitEventStep({
      eventName: "ocop.shop_page.updated",
      data: transform({ pages }, ({ pages }) =>
        pages.map((p) => ({ id: p.id, slug: p.slug }))
      ),
    })
    return new WorkflowResponse(pages)
  }
)
