import { defineLink } from "@medusajs/framework/utils"
import AdminUnitsModule from "../modules/admin-units"
import ProducerModule from "../modules/producer"

// A producer's commune, read through the code the producer row already stores.
export default defineLink(
  { linkable: ProducerModule.linkable.producer, field: "commune_code" },
  AdminUnitsModule.linkable.commune,
  { readOnly: true }
)
