import type {
  MedusaStoreRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listOcopProducts } from "../../../../queries/ocop-catalog"
import {
  readStatementTimeoutMs,
  withStatementTimeout,
} from "../../../../queries/statement-timeout"
import { translateResponse } from "../../translate-response"
import type { StoreGetOcopProductsParamsType } from "./validators"

export const GET = async (
  req: MedusaStoreRequest<unknown, StoreGetOcopProductsParamsType>,
  res: MedusaResponse
) => {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { limit, offset, order, ...filters } =
    req.validatedQuery as StoreGetOcopProductsParamsType
  // A runaway filter cannot hold a pooled connection for long (docs/speed.md).
  const result = await withStatementTimeout(
    knex,
    readStatementTimeoutMs(),
    (trx) =>
      listOcopProducts(
        trx,
        {
          ...filters,
          sales_channel_ids: req.publishable_key_context.sales_channel_ids,
        },
        { limit, offset, order }
      )
  )
  await translateResponse(req, result.products)
  res.json({ ...result, limit, offset })
}
