import { defineLink } from "@medusajs/framework/utils"
import AdminUnitsModule from "../modules/admin-units"
import CertificationModule from "../modules/certification"

// The 2025 province of a certified product's origin, read through the stored code.
export default defineLink(
  {
    linkable: CertificationModule.linkable.certification,
    field: "origin_province_code",
  },
  AdminUnitsModule.linkable.province,
  { readOnly: true }
)
