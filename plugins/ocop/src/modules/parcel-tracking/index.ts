import { Module } from "@medusajs/framework/utils"
import ParcelTrackingModuleService from "./service"

export const PARCEL_TRACKING_MODULE = "ocop_parcel_tracking"

export default Module(PARCEL_TRACKING_MODULE, {
  service: ParcelTrackingModuleService,
})

export { ParcelTrackingModuleService }
