import { defineLink } from "@medusajs/framework/utils"
import AdminUnitsModule from "../modules/admin-units"
import CertificationModule from "../modules/certification"

// The 2025 commune of a certified product's origin, read through the stored code.
export default defineLink(
  {
    linkable: CertificationModule.linkable.certification,
    field: "origin_commune_code",
  },
  AdminUnitsModule.linkable.commune,
  { readOnly: true }
)
