import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../../modules/wishlist"
import type WishlistModuleService from "../../../modules/wishlist/service"
import {
  WishlistFullError,
  wishlistAdditions,
} from "../../../modules/wishlist/rules/wishlist-additions"

export type AddWishlistItemsInput = {
  customer_id: string
  product_ids: string[]
  // A guest's list merged at sign-in may name products withdrawn since: skip them
  // instead of refusing the whole list.
  skip_unavailable: boolean
}

export type WishlistItemToCreate = { customer_id: string; product_id: string }

export const resolveWishlistAdditionsStepId = "ocop-resolve-wishlist-additions"
/**
 * Checks that the products are on sale (published) and answers which of them are not on
 * the customer's list yet; 404 for an unknown product unless told to skip it.
 */
export const resolveWishlistAdditionsStep = createStep(
  resolveWishlistAdditionsStepId,
  async (input: AddWishlistItemsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const wishlist = container.resolve<WishlistModuleService>(WISHLIST_MODULE)
    const { data: products } = input.product_ids.length
      ? await query.graph({
          entity: "product",
          fields: ["id"],
          filters: { id: input.product_ids, status: "published" },
        })
      : { data: [] as { id: string }[] }
    const onSale = new Set(products.map((p: { id: string }) => p.id))
    const missing = input.product_ids.find((id) => !onSale.has(id))
    if (missing && !input.skip_unavailable) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `product_id: product ${missing} was not found`
      )
    }
    const onList = await wishlist.listWishlistItems(
      { customer_id: input.customer_id },
      { select: ["product_id"] }
    )
    let additions: string[]
    try {
      additions = wishlistAdditions(
        input.product_ids.filter((id) => onSale.has(id)),
        onList.map((i) => i.product_id)
      )
    } catch (error) {
      if (error instanceof WishlistFullError) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, error.message)
      }
      throw error
    }
    return new StepResponse<WishlistItemToCreate[]>(
      additions.map((product_id) => ({
        customer_id: input.customer_id,
        product_id,
      }))
    )
  }
)
