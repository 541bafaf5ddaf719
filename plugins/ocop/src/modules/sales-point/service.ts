import { MedusaService } from "@medusajs/framework/utils"
import { SalesPoint } from "./models/sales-point"
import { SalesPointMovement } from "./models/sales-point-movement"
import { SalesPointStaff } from "./models/sales-point-staff"
import { SalesPointTransfer } from "./models/sales-point-transfer"

/** OCOP sales points, their staff, their stock ledger and the transfers between them. */
class SalesPointModuleService extends MedusaService({
  SalesPoint,
  SalesPointStaff,
  SalesPointTransfer,
  SalesPointMovement,
}) {}

export default SalesPointModuleService
