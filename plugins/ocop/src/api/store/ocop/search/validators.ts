import { z } from "@medusajs/framework/zod"
import { OCOP_SEARCH_ORDERS } from "../../../../search/ocop-search"
import { StoreGetOcopProductsParams } from "../products/validators"

const flag = (name: string) =>
  z
    .enum(["true", "false"], { message: `${name} must be true or false` })
    .transform((v) => v === "true")
    .optional()

export type StoreSearchOcopProductsParamsType = z.infer<
  typeof StoreSearchOcopProductsParams
>
/** The catalog's filters, plus stock and typeahead; search has its own orders. */
export const StoreSearchOcopProductsParams = StoreGetOcopProductsParams.omit({
  status: true,
  order: true,
  offset: true,
})
  .extend({
    in_stock: flag("in_stock"),
    suggest: flag("suggest"),
    order: z.enum(OCOP_SEARCH_ORDERS).default("relevance"),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .strict()
