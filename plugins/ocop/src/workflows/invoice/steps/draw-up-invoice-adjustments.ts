import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomBytes } from "node:crypto"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../modules/invoice"
import {
  adjustmentAmounts,
  adjustmentToOrder,
  correctionLines,
  type AdjustmentLine,
} from "../../../modules/invoice/rules/invoice-adjustment"
import { invoiceAmounts, type GrossLine } from "../../../modules/invoice/rules/invoice-vat"
import { invoiceSeries, newLookupCode } from "../../../modules/invoice/rules/invoice-series"
import { orderGrossLines, type InvoiceDraft } from "./draw-up-order-invoices"

export type DrawUpInvoiceAdjustmentInput = {
  /** The issued invoice being adjusted, with its lines. */
  invoice: any
  reason: string
  source: "return" | "correction"
  direction: "increase" | "decrease" | null
  lines: GrossLine[]
  provider: string
}

const lineOf = (l: any): AdjustmentLine => ({
  title: l.title,
  quantity: l.quantity,
  unit_price: l.unit_price,
  vat_rate: l.vat_rate ?? null,
  amount: l.amount,
  vat_amount: l.vat_amount,
  total: l.total,
})

/**
 * The adjustment invoice of an issued one: after a return, the difference between
 * what has been invoiced (the invoice and its issued adjustments) and the order as it
 * now stands; for a correction, the office's lines signed by their direction. Same
 * buyer and channel as the invoice it adjusts, numbered in the current series. Writes nothing.
 */
export async function drawUpInvoiceAdjustment(
  container: { resolve: (key: string) => any },
  input: DrawUpInvoiceAdjustmentInput
): Promise<InvoiceDraft> {
  const invoices = container.resolve(INVOICE_MODULE) as InvoiceModuleService
  const original = input.invoice
  const earlier = await invoices.listInvoices(
    { replaces_id: original.id, relation: "adjustment", status: "issued" },
    { relations: ["lines"] }
  )
  const invoiced = [original, ...earlier].flatMap((i: any) => (i.lines ?? []).map(lineOf))
  const invoicedTotal = [original, ...earlier].reduce((s: number, i: any) => s + Number(i.total), 0)

  let lines: AdjustmentLine[]
  if (input.source === "return") {
    const { gross } = await orderGrossLines(container, original.order_id)
    lines = adjustmentToOrder(invoiced, invoiceAmounts(gross).lines)
    const total = lines.reduce((s, l) => s + l.total, 0)
    if (!lines.length || total >= 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "source: the order has no returned goods that the invoice still shows; for another change, send a correction"
      )
    }
  } else {
    lines = correctionLines(input.lines, input.direction ?? "increase")
    const total = lines.reduce((s, l) => s + l.total, 0)
    if (invoicedTotal + total < 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `lines: a decrease of ${-total} đồng is more than the ${invoicedTotal} đồng invoiced`
      )
    }
  }
  const amounts = adjustmentAmounts(lines)
  const { template, series } = invoiceSeries(original.channel, new Date())
  return {
    order_id: original.order_id,
    display_id: original.display_id ?? null,
    channel: original.channel,
    kind: original.kind,
    relation: "adjustment",
    replaces_id: original.id,
    reason: input.reason,
    provider: input.provider,
    template,
    series,
    lookup_code: newLookupCode(randomBytes),
    buyer_name: original.buyer_name ?? null,
    buyer_tax_code: original.buyer_tax_code ?? null,
    buyer_address: original.buyer_address ?? null,
    buyer_email: original.buyer_email ?? null,
    subtotal: amounts.subtotal,
    vat_total: amounts.vat_total,
    total: amounts.total,
    amount_in_words: amounts.amount_in_words,
    lines: amounts.lines.map((l, rank) => ({ ...l, rank })),
  }
}

export const drawUpInvoiceAdjustmentsStepId = "ocop-draw-up-invoice-adjustments"
/** Draws up each adjustment invoice (see drawUpInvoiceAdjustment); writes nothing. */
export const drawUpInvoiceAdjustmentsStep = createStep(
  drawUpInvoiceAdjustmentsStepId,
  async (inputs: DrawUpInvoiceAdjustmentInput[], { container }) => {
    const drafts: InvoiceDraft[] = []
    for (const input of inputs) drafts.push(await drawUpInvoiceAdjustment(container, input))
    return new StepResponse(drafts)
  }
)
