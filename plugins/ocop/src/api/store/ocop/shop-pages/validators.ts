import { z } from "@medusajs/framework/zod"

export type StoreGetShopPageParamsType = z.infer<typeof StoreGetShopPageParams>
export const StoreGetShopPageParams = z.object({}).strict()
