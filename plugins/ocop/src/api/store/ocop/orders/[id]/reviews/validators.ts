import { z } from "@medusajs/framework/zod"

/** No options: the order's lines and whether each may be reviewed. */
export const StoreGetOcopOrderReviewsParams = z.object({}).strict()
