import { z } from "@medusajs/framework/zod"

/** No options: the answer is the same short view for every caller. */
export const StoreGetOcopOrderShipmentsParams = z.object({}).strict()
