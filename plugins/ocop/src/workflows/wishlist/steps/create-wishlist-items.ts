import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../../modules/wishlist"
import type WishlistModuleService from "../../../modules/wishlist/service"
import type { WishlistItemToCreate } from "./resolve-wishlist-additions"

export const createWishlistItemsStepId = "ocop-create-wishlist-items"
/** Puts products on shoppers' lists; compensation takes them off again. */
export const createWishlistItemsStep = createStep(
  createWishlistItemsStepId,
  async (input: WishlistItemToCreate[], { container }) => {
    if (!input.length) return new StepResponse([], [])
    const wishlist = container.resolve<WishlistModuleService>(WISHLIST_MODULE)
    const created = await wishlist.createWishlistItems(input)
    return new StepResponse(
      created,
      created.map((i) => i.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container
      .resolve<WishlistModuleService>(WISHLIST_MODULE)
      .deleteWishlistItems(createdIds)
  }
)
