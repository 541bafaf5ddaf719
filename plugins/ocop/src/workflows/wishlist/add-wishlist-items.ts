import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createWishlistItemsStep } from "./steps/create-wishlist-items"
import {
  type AddWishlistItemsInput,
  resolveWishlistAdditionsStep,
} from "./steps/resolve-wishlist-additions"

export const addWishlistItemsWorkflowId = "ocop-add-wishlist-items"
/** Adds products to a signed-in shopper's wishlist (one heart, or a guest's list at sign-in). */
export const addWishlistItemsWorkflow = createWorkflow(
  addWishlistItemsWorkflowId,
  (input: WorkflowData<AddWishlistItemsInput>) => {
    const toCreate = resolveWishlistAdditionsStep(input)
    const created = createWishlistItemsStep(toCreate)
    return new WorkflowResponse(created)
  }
)
