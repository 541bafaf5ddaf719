import { z } from "@medusajs/framework/zod"

/** No options: the cart's shipments are the same short view for every caller. */
export const StoreGetOcopCartShipmentsParams = z.object({}).strict()
