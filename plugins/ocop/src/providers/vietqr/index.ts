import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { VietQrPaymentProviderService } from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [VietQrPaymentProviderService],
})

// For the storefront's tests and the bank-statement tooling: read a payload back.
export { decodeVietQr, encodeVietQr } from "./vietqr-payload"
