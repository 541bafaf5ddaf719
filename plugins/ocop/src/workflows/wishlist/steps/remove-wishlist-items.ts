import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../../modules/wishlist"
import type WishlistModuleService from "../../../modules/wishlist/service"

export type RemoveWishlistItemsInput = {
  customer_id: string
  product_ids: string[]
}

export const removeWishlistItemsStepId = "ocop-remove-wishlist-items"
/**
 * Takes products off one customer's list, looked up by that customer only: another
 * shopper's list answers 404, as a product never added does. Compensation restores them.
 */
export const removeWishlistItemsStep = createStep(
  removeWishlistItemsStepId,
  async (input: RemoveWishlistItemsInput, { container }) => {
    const wishlist = container.resolve<WishlistModuleService>(WISHLIST_MODULE)
    const items = await wishlist.listWishlistItems(
      { customer_id: input.customer_id, product_id: input.product_ids },
      { select: ["id", "product_id"] }
    )
    const found = new Set(items.map((i) => i.product_id))
    const missing = input.product_ids.find((id) => !found.has(id))
    if (missing) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `product_id: product ${missing} is not on your wishlist`
      )
    }
    const ids = items.map((i) => i.id)
    await wishlist.softDeleteWishlistItems(ids)
    return new StepResponse(ids, ids)
  },
  async (deletedIds, { container }) => {
    if (!deletedIds?.length) return
    await container
      .resolve<WishlistModuleService>(WISHLIST_MODULE)
      .restoreWishlistItems(deletedIds)
  }
)
