import { z } from "@medusajs/framework/zod"

export type StoreGetOcopOrderPaymentParamsType = z.infer<
  typeof StoreGetOcopOrderPaymentParams
>
/** No options: the answer is the same short view for every caller. */
export const StoreGetOcopOrderPaymentParams = z.object({}).strict()
