import { defineLink } from "@medusajs/framework/utils"
import AdminUnitsModule from "../modules/admin-units"
import SalesPointModule from "../modules/sales-point"

// The province a sales point stands in, read through the stored code.
export default defineLink(
  { linkable: SalesPointModule.linkable.salesPoint, field: "province_code" },
  AdminUnitsModule.linkable.province,
  { readOnly: true }
)
