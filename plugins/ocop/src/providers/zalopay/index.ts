import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { ZaloPayPaymentProviderService } from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [ZaloPayPaymentProviderService],
})
