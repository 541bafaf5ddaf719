import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import { SALES_POINT_MODULE } from "../../../../../../modules/sales-point"
import type SalesPointModuleService from "../../../../../../modules/sales-point/service"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../../../../modules/invoice"
import { SALES_POINT_CHANNEL_NAME } from "../../../../../../workflows/sales-point/steps/ensure-sales-point-channel"
import { staffPoint } from "../../../../helpers"

/**
 * One counter sale of this point, as its receipt: number, lines, total, payment
 * and time. A receipt is an order the counter-sale workflow made: its sale lines in
 * this point's stock ledger name the order, and the order is in the `sales-point`
 * channel. A shopper writes an order's metadata (the cart's) but never the ledger,
 * so the total is the order's own and the staff member the ledger's. Any other
 * order (another point's, the web shop's) is a 404.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { point } = await staffPoint(req)
  const notFound = () =>
    new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `order_id: order ${req.params.order_id} was not found at this sales point`
    )
  const [sale] = await req.scope
    .resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    .listSalesPointMovements(
      {
        sales_point_id: point.id,
        kind: "sale",
        reference: req.params.order_id,
      },
      { select: ["staff_id", "staff_email"], take: 1 }
    )
  if (!sale) throw notFound()
  // The receipt names the person who sold, not their login.
  const [staff] = sale.staff_id
    ? await req.scope
        .resolve<SalesPointModuleService>(SALES_POINT_MODULE)
        .listSalesPointStaffs({ id: sale.staff_id }, { select: ["name"] })
    : []
  const payments = await req.scope
    .resolve<SalesPointModuleService>(SALES_POINT_MODULE)
    .listSalesPointPayments(
      { order_id: req.params.order_id, sales_point_id: point.id },
      {
        select: [
          "id",
          "kind",
          "method",
          "amount",
          "tendered",
          "change",
          "reference",
          "confirmed_by",
          "created_at",
        ],
        order: { created_at: "ASC" },
      }
    )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "created_at",
      "email",
      "total",
      "metadata",
      "sales_channel.name",
      "items.id",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.variant_id",
      "items.quantity",
      "items.unit_price",
      // An order line's quantity lives on its item detail (OrderItem).
      "items.detail.quantity",
    ],
    filters: { id: req.params.order_id },
  })
  const order = data[0] as any
  if (!order || order.sales_channel?.name !== SALES_POINT_CHANNEL_NAME) {
    throw notFound()
  }
  // The lots each line's units left (FEFO), so a unit in hand traces to its lot.
  const ocop = req.scope.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
  const lotMoves = await ocop.listSalesPointLotMovements({
    sales_point_id: point.id,
    reference: order.id,
    kind: "sale",
  })
  const soldLots = lotMoves.length
    ? await ocop.listSalesPointLots({
        id: [...new Set(lotMoves.map((m) => m.lot_id))],
      })
    : []
  const lotsOf = (variantId: string) =>
    soldLots
      .filter((l) => l.variant_id === variantId)
      .map((l) => ({
        id: l.id,
        lot_code: l.lot_code,
        expires_on: l.expires_on,
        quantity: -lotMoves
          .filter((m) => m.lot_id === l.id)
          .reduce((s, m) => s + Number(m.quantity), 0),
      }))
  const lines = (order.items ?? []).map((i: any) => ({
    lots: lotsOf(i.variant_id),
    variant_id: i.variant_id,
    product_title: i.product_title ?? i.title,
    variant_title: i.variant_title,
    quantity: MathBN.convert(i.detail?.quantity ?? i.quantity).toNumber(),
    unit_price: MathBN.convert(i.unit_price).toNumber(),
  }))
  // The receipt names the sale's current invoice (a replacement once one exists).
  const invoices = await req.scope
    .resolve<InvoiceModuleService>(INVOICE_MODULE)
    .listInvoices({ order_id: order.id }, { order: { created_at: "DESC" }, take: 1 })
  const invoice = invoices[0]
  res.json({
    receipt: {
      invoice: invoice
        ? {
            lookup_code: invoice.lookup_code,
            status: invoice.status,
            template: invoice.template,
            series: invoice.series,
            number: invoice.number,
            vat_total: invoice.vat_total,
            url: `/store/ocop/invoices/${invoice.lookup_code}`,
          }
        : null,
      order_id: order.id,
      display_id: order.display_id,
      created_at: order.created_at,
      // The operator is the legal entity the receipt is issued in the name of.
      sales_point: {
        id: point.id,
        name: point.name,
        address: point.address,
        legal_name: point.operator ?? null,
        phone: point.phone ?? null,
      },
      payment_method: order.metadata?.payment_method ?? null,
      staff_email: sale.staff_email ?? null,
      staff_name: staff?.name || sale.staff_email || null,
      total: MathBN.convert(order.total ?? 0).toNumber(),
      units: lines.reduce((n: number, l: any) => n + l.quantity, 0),
      // By method, with cash handed over and change; refunds of returned lines too.
      payments: payments.map((p) => ({
        id: p.id,
        kind: p.kind,
        method: p.method,
        amount: Number(p.amount),
        tendered: p.tendered === null ? null : Number(p.tendered),
        change: p.change === null ? null : Number(p.change),
        reference: p.method === "card_at_counter" ? p.reference : null,
        confirmed_by: p.confirmed_by,
      })),
      lines,
    },
  })
}
