import { Module } from "@medusajs/framework/utils"
import OcopModuleService from "./service"

export const OCOP_MODULE = "ocop"

export default Module(OCOP_MODULE, {
  service: OcopModuleService,
})

export { OcopModuleService }
// The seed loads the shipped administrative units through the module.
export { loadAdminUnits } from "./data/admin-units"
export {
  findCategorySet,
  OCOP_CATEGORY_SETS,
  OCOP_SECTORS,
} from "./rules/category-sets"
