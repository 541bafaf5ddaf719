import { z } from "@medusajs/framework/zod"

export const StoreGetOcopProductLotParams = z.object({}).strict()
