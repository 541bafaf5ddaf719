import { z } from "@medusajs/framework/zod"
import { OCOP_CATALOG_ORDERS } from "../../../../queries/ocop-catalog"
import { listParam } from "../../../shared/validators/list-param"

const starLevel = z.coerce.number().int().min(1).max(5)
const code = (name: string) =>
  z.string().regex(/^\d{2,5}$/, {
    message: `${name} must be a numeric administrative code`,
  })

export type StoreGetOcopProductsParamsType = z.infer<
  typeof StoreGetOcopProductsParams
>
export const StoreGetOcopProductsParams = z
  .object({
    stars: listParam(starLevel),
    min_stars: starLevel.optional(),
    province: listParam(code("province")),
    commune: listParam(code("commune")),
    category: listParam(
      z
        .string()
        .regex(/^\d{1,2}$/, { message: "category must be a set code 01–26" })
    ),
    sector: listParam(z.coerce.number().int().min(1).max(6)),
    producer: listParam(z.string().min(1).max(200)),
    status: listParam(z.enum(["active", "expired"])),
    q: z.string().trim().max(200).optional(),
    min_price: z.coerce.number().int().min(0).optional(),
    max_price: z.coerce.number().int().min(0).optional(),
    order: z.enum(OCOP_CATALOG_ORDERS).default("recommended"),
    limit: z.coerce.number().int().min(1).max(100).default(24),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()

export type StoreGetOcopProductParamsType = z.infer<
  typeof StoreGetOcopProductParams
>
export const StoreGetOcopProductParams = z
  .object({
    // Cards per related rail (same producer, set, province); 0 leaves them out.
    related: z.coerce.number().int().min(0).max(12).default(0),
  })
  .strict()
