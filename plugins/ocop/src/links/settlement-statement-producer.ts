import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "../modules/producer"
import SettlementModule from "../modules/settlement"

// A statement stores its producer's id; the admin list reads the producer's name through it.
export default defineLink(
  { linkable: SettlementModule.linkable.settlementStatement, field: "producer_id" },
  ProducerModule.linkable.producer,
  { readOnly: true }
)
