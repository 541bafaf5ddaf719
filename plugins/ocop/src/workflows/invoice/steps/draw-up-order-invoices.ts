import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomBytes } from "node:crypto"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../modules/invoice"
import { dongInWords } from "../../../modules/invoice/rules/amount-in-words"
import { invoiceAmounts, type GrossLine } from "../../../modules/invoice/rules/invoice-vat"
import { invoiceSeries, newLookupCode } from "../../../modules/invoice/rules/invoice-series"
import { resolveInvoiceProvider } from "../resolve-invoice-provider"

/** Rate applied to delivery when nothing else says: transport is not excluded from the 8 % reduction (docs/e-invoices.md). */
const SHIPPING_VAT_RATE = 8

export type DrawUpOrderInvoiceInput = {
  order_id: string
  /** original: the first invoice of the order; replacement: supersedes `replaces_id`. */
  relation: "original" | "replacement"
  replaces_id?: string
  reason?: string
}

export type InvoiceDraft = {
  order_id: string
  display_id: number | null
  channel: "online" | "counter"
  kind: "retail" | "company"
  relation: "original" | "replacement" | "adjustment"
  replaces_id: string | null
  reason: string | null
  provider: string
  template: string
  series: string
  lookup_code: string
  buyer_name: string | null
  buyer_tax_code: string | null
  buyer_address: string | null
  buyer_email: string | null
  subtotal: number
  vat_total: number
  total: number
  amount_in_words: string
  lines: (GrossLine & { rank: number; amount: number; vat_amount: number; total: number })[]
}

/** The product's VAT rate from its metadata: a number in percent; 0 or `vat_exempt` means not subject (KCT). */
function productRate(metadata: Record<string, unknown> | null | undefined): number | null {
  if (metadata?.vat_exempt === true) return null
  const rate = metadata?.vat_rate
  if (typeof rate !== "number") return SHIPPING_VAT_RATE
  return rate === 0 ? null : rate
}

/**
 * The order's lines as the invoice must show them, VAT included: what is still sold
 * (returned units taken out), each at its product's VAT rate, and each delivery fee.
 */
export async function orderGrossLines(
  container: { resolve: (key: string) => any },
  orderId: string
): Promise<{ order: any; gross: GrossLine[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "metadata",
      "items.id",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.product_id",
      "items.quantity",
      "items.unit_price",
      "items.detail.quantity",
      "items.detail.return_received_quantity",
      "items.detail.written_off_quantity",
      "shipping_methods.name",
      "shipping_methods.amount",
      "shipping_address.first_name",
      "shipping_address.last_name",
    ],
    filters: { id: orderId },
  })
  const order = orders[0] as any
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  }
  const productIds = [...new Set((order.items ?? []).map((i: any) => i.product_id).filter(Boolean))]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "metadata"], filters: { id: productIds } })
    : { data: [] as any[] }
  const metadataOf = new Map(products.map((p: any) => [p.id, p.metadata]))

  const gross: GrossLine[] = []
  for (const item of order.items ?? []) {
    const returned =
      Number(item.detail?.return_received_quantity ?? 0) + Number(item.detail?.written_off_quantity ?? 0)
    const quantity = Number(item.detail?.quantity ?? item.quantity) - returned
    if (quantity <= 0) continue
    const title = [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" – ")
    gross.push({
      title,
      quantity,
      unit_price: Number(item.unit_price),
      vat_rate: productRate(metadataOf.get(item.product_id) as any),
    })
  }
  for (const method of order.shipping_methods ?? []) {
    if (Number(method.amount) <= 0) continue
    gross.push({
      title: `Phí vận chuyển (${method.name})`,
      quantity: 1,
      unit_price: Number(method.amount),
      vat_rate: SHIPPING_VAT_RATE,
    })
  }
  return { order, gross }
}

/**
 * An order as the invoice must show it: what is still sold (returned units taken out),
 * each line's VAT from its product's rate, the buyer from the cart's company-invoice
 * request (a retail invoice otherwise). Null when the order already has its original invoice.
 */
export async function drawUpOrderInvoice(
  container: { resolve: (key: string) => any },
  input: DrawUpOrderInvoiceInput,
  providerId: string
): Promise<InvoiceDraft | null> {
  const invoices = container.resolve(INVOICE_MODULE) as InvoiceModuleService
  if (input.relation === "original") {
    const [existing] = await invoices.listInvoices(
      { order_id: input.order_id, relation: "original" },
      { take: 1, select: ["id"] }
    )
    if (existing) return null
  }
  const { order, gross } = await orderGrossLines(container, input.order_id)
  const amounts = invoiceAmounts(gross)

  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const link = await knex("order_cart")
    .where({ order_id: order.id })
    .whereNull("deleted_at")
    .first("cart_id")
  let request: any = null
  if (input.replaces_id) {
    // A replacement keeps the buyer of the invoice it corrects.
    const previous = await invoices.retrieveInvoice(input.replaces_id)
    request = previous.kind === "company"
      ? { company_name: previous.buyer_name, tax_code: previous.buyer_tax_code, address: previous.buyer_address, email: previous.buyer_email }
      : null
  } else if (link?.cart_id) {
    ;[request] = await invoices.listInvoiceRequests({ cart_id: link.cart_id }, { take: 1 })
  }
  const channel: "online" | "counter" =
    order.metadata?.sales_point_id && order.metadata?.staff_id ? "counter" : "online"
  const { template, series } = invoiceSeries(channel, new Date())
  const individual = [order.shipping_address?.first_name, order.shipping_address?.last_name]
    .filter(Boolean)
    .join(" ")
    .trim()
  return {
    order_id: order.id,
    display_id: order.display_id ?? null,
    channel,
    kind: request ? "company" : "retail",
    relation: input.relation,
    replaces_id: input.replaces_id ?? null,
    reason: input.reason ?? null,
    provider: providerId,
    template,
    series,
    lookup_code: newLookupCode(randomBytes),
    buyer_name: request?.company_name ?? (individual || null),
    buyer_tax_code: request?.tax_code ?? null,
    buyer_address: request?.address ?? null,
    buyer_email: request?.email ?? order.email ?? null,
    subtotal: amounts.subtotal,
    vat_total: amounts.vat_total,
    total: amounts.total,
    amount_in_words: dongInWords(amounts.total),
    lines: amounts.lines.map((l, rank) => ({ ...l, rank })),
  }
}

export const drawUpOrderInvoicesStepId = "ocop-draw-up-order-invoices"
/** Draws up the invoice of each order (none for an order that already has its original); writes nothing. */
export const drawUpOrderInvoicesStep = createStep(
  drawUpOrderInvoicesStepId,
  async (input: { orders: DrawUpOrderInvoiceInput[]; provider?: string }, { container }) => {
    const provider = input.provider ?? resolveInvoiceProvider(container).id
    const drafts: InvoiceDraft[] = []
    for (const order of input.orders) {
      const draft = await drawUpOrderInvoice(container, order, provider)
      if (draft) drafts.push(draft)
    }
    return new StepResponse(drafts)
  }
)
