import type {
  MedusaStoreRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import type { GetOcopCommunesParamsType } from "./validators/communes"

export const GET = async (
  req: MedusaStoreRequest<unknown, GetOcopCommunesParamsType>,
  res: MedusaResponse
) => {
  const { q, province_code, limit, offset } =
    req.validatedQuery as GetOcopCommunesParamsType
  const { communes, count } = await req.scope
    .resolve<OcopModuleService>(OCOP_MODULE)
    .searchCommunes({ q, province_code, limit, offset })
  res.json({ communes, count, limit, offset })
}
