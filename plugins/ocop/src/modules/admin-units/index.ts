import { Module } from "@medusajs/framework/utils"
import AdminUnitsModuleService from "./service"

export const ADMIN_UNITS_MODULE = "ocop_admin_units"

export default Module(ADMIN_UNITS_MODULE, {
  service: AdminUnitsModuleService,
})

export { AdminUnitsModuleService }
// The seed loads the shipped administrative units through the module.
export { loadAdminUnits } from "./data/admin-units"
