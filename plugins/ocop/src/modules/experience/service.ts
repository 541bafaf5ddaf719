import { MedusaService } from "@medusajs/framework/utils"
import { Experience } from "./models/experience"
import { ExperienceBooking } from "./models/experience-booking"

/** Community-tourism experiences and the bookings hosts check on the day. */
class ExperienceModuleService extends MedusaService({
  Experience,
  ExperienceBooking,
}) {}

export default ExperienceModuleService
