import { MedusaService } from "@medusajs/framework/utils"
import { CodRemittance } from "./models/cod-remittance"
import { ParcelEvent } from "./models/parcel-event"

export default class ParcelTrackingModuleService extends MedusaService({
  ParcelEvent,
  CodRemittance,
}) {}
