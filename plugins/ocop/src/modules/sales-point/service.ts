import { MedusaService } from "@medusajs/framework/utils"
import { SalesPoint } from "./models/sales-point"
import { SalesPointMovement } from "./models/sales-point-movement"
import { SalesPointPayment } from "./models/sales-point-payment"
import { SalesPointShift } from "./models/sales-point-shift"
import { SalesPointStaff } from "./models/sales-point-staff"
import { SalesPointTransfer } from "./models/sales-point-transfer"

/**
 * OCOP sales points, their staff, their stock ledger, the transfers between them,
 * their tills' shifts and counter payments.
 */
class SalesPointModuleService extends MedusaService({
  SalesPoint,
  SalesPointStaff,
  SalesPointTransfer,
  SalesPointMovement,
  SalesPointShift,
  SalesPointPayment,
}) {}

export default SalesPointModuleService
