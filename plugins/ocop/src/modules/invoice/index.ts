import { Module } from "@medusajs/framework/utils"
import InvoiceModuleService from "./service"

export const INVOICE_MODULE = "ocop_invoice"

export default Module(INVOICE_MODULE, {
  service: InvoiceModuleService,
})

export { InvoiceModuleService }
export {
  INVOICE_PROVIDER_KEY,
  type InvoiceAdjustmentToIssue,
  type InvoiceProvider,
  type InvoiceToIssue,
  type IssuedInvoice,
} from "./providers/invoice-provider"
