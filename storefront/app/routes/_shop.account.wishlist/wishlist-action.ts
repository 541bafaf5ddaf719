import { z } from "zod"

const productId = z.string().regex(/^prod_\w{1,60}$/)

/** What a heart (or the sign-in merge) posts to /account/wishlist. */
export const WishlistAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("add"), productId }),
  z.object({ intent: z.literal("remove"), productId }),
  z.object({
    intent: z.literal("merge"),
    // The browser's list, comma-separated, as many as the store API merges at once.
    productIds: z
      .string()
      .max(8000)
      .transform((value) => value.split(",").filter(Boolean))
      .pipe(z.array(productId).max(100)),
  }),
])
