import { defineLink } from "@medusajs/framework/utils"
import AdminUnitsModule from "../modules/admin-units"
import ExperienceModule from "../modules/experience"

// The commune of an experience's meeting point, read through the stored code.
export default defineLink(
  { linkable: ExperienceModule.linkable.experience, field: "commune_code" },
  AdminUnitsModule.linkable.commune,
  { readOnly: true }
)
