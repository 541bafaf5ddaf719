import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  type RemoveWishlistItemsInput,
  removeWishlistItemsStep,
} from "./steps/remove-wishlist-items"

export const removeWishlistItemsWorkflowId = "ocop-remove-wishlist-items"
/** Takes products off a signed-in shopper's wishlist. */
export const removeWishlistItemsWorkflow = createWorkflow(
  removeWishlistItemsWorkflowId,
  (input: WorkflowData<RemoveWishlistItemsInput>) => {
    const removed = removeWishlistItemsStep(input)
    return new WorkflowResponse(removed)
  }
)
