import { defineLink } from "@medusajs/framework/utils"
import AdminUnitsModule from "../modules/admin-units"
import SalesPointModule from "../modules/sales-point"

// The commune a sales point stands in, read through the stored code.
export default defineLink(
  { linkable: SalesPointModule.linkable.salesPoint, field: "commune_code" },
  AdminUnitsModule.linkable.commune,
  { readOnly: true }
)
