import { MedusaService } from "@medusajs/framework/utils"
import { ParcelEvent } from "./models/parcel-event"

export default class ParcelTrackingModuleService extends MedusaService({
  ParcelEvent,
}) {}
