import { z } from "@medusajs/framework/zod"

/** No options: every caller gets the same voucher view. */
export const StoreGetOcopOrderBookingsParams = z.object({}).strict()
