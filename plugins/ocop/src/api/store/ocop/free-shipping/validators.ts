import { z } from "@medusajs/framework/zod"

/** No options: the same answer for every shopper. */
export const StoreGetOcopFreeShippingParams = z.object({}).strict()
