import type {
  MedusaStoreRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ADMIN_UNITS_MODULE } from "../../modules/admin-units"
import type AdminUnitsModuleService from "../../modules/admin-units/service"
import type { GetOcopCommunesParamsType } from "./validators/communes"

export const GET = async (
  req: MedusaStoreRequest<unknown, GetOcopCommunesParamsType>,
  res: MedusaResponse
) => {
  const { q, province_code, limit, offset } =
    req.validatedQuery as GetOcopCommunesParamsType
  const { communes, count } = await req.scope
    .resolve<AdminUnitsModuleService>(ADMIN_UNITS_MODULE)
    .searchCommunes({ q, province_code, limit, offset })
  res.json({ communes, count, limit, offset })
}
