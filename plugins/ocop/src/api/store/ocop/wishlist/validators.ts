import { z } from "@medusajs/framework/zod"

const productId = z
  .string({ message: "product_id must be a product id" })
  .trim()
  .regex(/^prod_[0-9A-Za-z]{1,60}$/, {
    message: "product_id must be a product id (prod_…)",
  })

// A guest's list merged at sign-in: as many as a browser keeps (storefront's limit).
export const WISHLIST_MERGE_MAX = 100

export type StoreGetOcopWishlistParamsType = z.infer<
  typeof StoreGetOcopWishlistParams
>
export const StoreGetOcopWishlistParams = z.object({}).strict()

export type StoreAddOcopWishlistItemType = z.infer<
  typeof StoreAddOcopWishlistItem
>
export const StoreAddOcopWishlistItem = z
  .object({ product_id: productId })
  .strict()

export type StoreMergeOcopWishlistType = z.infer<typeof StoreMergeOcopWishlist>
export const StoreMergeOcopWishlist = z
  .object({
    product_ids: z
      .array(productId)
      .max(WISHLIST_MERGE_MAX, {
        message: `product_ids must hold at most ${WISHLIST_MERGE_MAX} products`,
      }),
  })
  .strict()

export type StoreRemoveOcopWishlistItemParamsType = z.infer<
  typeof StoreRemoveOcopWishlistItemParams
>
export const StoreRemoveOcopWishlistItemParams = z.object({}).strict()

/** The path's product id, checked like a body's. */
export const wishlistPathProductId = productId
