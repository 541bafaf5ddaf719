import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { searchOcopProducts } from "../../../../search/ocop-search"
import type { StoreOcopSearchResponse } from "../../../../types/store"
import { translateResponse } from "../../translate-response"
import type { StoreSearchOcopProductsParamsType } from "./validators"

export const GET = async (
  req: MedusaStoreRequest<unknown, StoreSearchOcopProductsParamsType>,
  res: MedusaResponse
) => {
  const { limit, offset, ...params } =
    req.validatedQuery as StoreSearchOcopProductsParamsType
  const result = await searchOcopProducts(
    {
      search: req.scope.resolve<ISearchModuleService>(Modules.SEARCH),
      logger: req.scope.resolve(ContainerRegistrationKeys.LOGGER),
      pg: req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    },
    { ...params, limit, offset },
    req.publishable_key_context.sales_channel_ids
  )
  await translateResponse(req, result.products)
  res.json({ ...result, limit, offset } satisfies StoreOcopSearchResponse)
}
