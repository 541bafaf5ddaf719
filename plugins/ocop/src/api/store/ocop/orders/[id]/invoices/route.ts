import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../../../../modules/invoice"

/**
 * An order's invoices for its page: each with its lookup code and the link to the
 * printable invoice. Like GET /store/orders/:id it answers anyone holding the order id.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { id: req.params.id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  }
  const invoices = await req.scope
    .resolve<InvoiceModuleService>(INVOICE_MODULE)
    .listInvoices({ order_id: req.params.id }, { order: { created_at: "ASC" } })
  res.json({
    invoices: invoices.map((i) => ({
      lookup_code: i.lookup_code,
      kind: i.kind,
      relation: i.relation,
      // pending and failed are both "not yet" for the shopper: the office follows failures.
      status: ["failed", "issuing"].includes(i.status) ? "pending" : i.status,
      template: i.template,
      series: i.series,
      number: i.number,
      total: i.total,
      vat_total: i.vat_total,
      issued_at: i.issued_at,
      url: `/store/ocop/invoices/${i.lookup_code}`,
    })),
  })
}
