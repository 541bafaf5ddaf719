import { MedusaService } from "@medusajs/framework/utils"
import { Certification } from "./models/certification"

/** OCOP certifications: each product's recognitions, current and past. */
class CertificationModuleService extends MedusaService({
  Certification,
}) {}

export default CertificationModuleService
