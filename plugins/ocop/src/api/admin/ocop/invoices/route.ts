import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../../modules/invoice"
import type { AdminGetInvoicesParamsType } from "./validators"

/** Invoices for the office, newest first, with attempts and the provider's last error. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetInvoicesParamsType>,
  res: MedusaResponse
) => {
  const { status, order_id, limit, offset } = req.validatedQuery
  const [invoices, count] = await req.scope
    .resolve<InvoiceModuleService>(INVOICE_MODULE)
    .listAndCountInvoices(
      { ...(status ? { status } : {}), ...(order_id ? { order_id } : {}) },
      { order: { created_at: "DESC" }, take: limit, skip: offset }
    )
  res.json({ invoices, count, limit, offset })
}
