import type {
  MedusaStoreRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ADMIN_UNITS_MODULE } from "../../../../modules/admin-units"
import type AdminUnitsModuleService from "../../../../modules/admin-units/service"

/** The 34 province-level units of July 2025, for address pickers and browsing by province. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const provinces = await req.scope
    .resolve<AdminUnitsModuleService>(ADMIN_UNITS_MODULE)
    .listProvinces(
      {},
      { select: ["code", "name", "type"], order: { code: "ASC" } }
    )
  res.json({ provinces, count: provinces.length })
}
