import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import ProducerModule from "../modules/producer"

// Each producer's goods are one shipment of a cart: its products sit on a shipping
// profile of its own, and Medusa keeps one shipping method (one fee) per profile.
export default defineLink(
  ProducerModule.linkable.producer,
  { linkable: FulfillmentModule.linkable.shippingProfile, deleteCascade: true },
  { database: { table: "ocop_producer_shipping_profile" } }
)
