import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { VtpFulfillmentProviderService } from "./service"

export default ModuleProvider(Modules.FULFILLMENT, {
  services: [VtpFulfillmentProviderService],
})
