import { MedusaService } from "@medusajs/framework/utils"
import { Producer } from "./models/producer"
import { ProducerMember } from "./models/producer-member"
import { ProducerStockMovement } from "./models/producer-stock-movement"

/** OCOP producers (chủ thể OCOP) and the people who sign in to the portal for them. */
class ProducerModuleService extends MedusaService({
  Producer,
  ProducerMember,
  ProducerStockMovement,
}) {}

export default ProducerModuleService
