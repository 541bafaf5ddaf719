import type {
  MedusaStoreRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"

/** The 34 province-level units of July 2025, for address pickers and browsing by province. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const provinces = await req.scope
    .resolve<OcopModuleService>(OCOP_MODULE)
    .listProvinces(
      {},
      { select: ["code", "name", "type"], order: { code: "ASC" } }
    )
  res.json({ provinces, count: provinces.length })
}
