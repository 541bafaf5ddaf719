import { MedusaService } from "@medusajs/framework/utils"
import { SalesPoint } from "./models/sales-point"
import { SalesPointLot } from "./models/sales-point-lot"
import { SalesPointLotMovement } from "./models/sales-point-lot-movement"
import { SalesPointMovement } from "./models/sales-point-movement"
import { SalesPointPayment } from "./models/sales-point-payment"
import { SalesPointShift } from "./models/sales-point-shift"
import { SalesPointStaff } from "./models/sales-point-staff"
import { SalesPointTransfer } from "./models/sales-point-transfer"

/**
 * OCOP sales points, their staff, their stock ledger, the transfers between them,
 * their tills' shifts and counter payments, and the lots (with expiry dates) their
 * stock is made of.
 */
class SalesPointModuleService extends MedusaService({
  SalesPoint,
  SalesPointStaff,
  SalesPointTransfer,
  SalesPointMovement,
  SalesPointShift,
  SalesPointPayment,
  SalesPointLot,
  SalesPointLotMovement,
}) {}

export default SalesPointModuleService
