import { Module } from "@medusajs/framework/utils"
import ProducerModuleService from "./service"

export const PRODUCER_MODULE = "ocop_producer"

export default Module(PRODUCER_MODULE, {
  service: ProducerModuleService,
})

export { ProducerModuleService }
