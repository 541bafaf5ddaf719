import { createHash } from "node:crypto"
import type { InvoiceToIssue } from "../invoice-provider"

/**
 * What we keep of an S-Invoice invoice in our `provider_ref`, enough to look it up
 * again and to name it as the original of a replacement or an adjustment: our
 * transaction id, Viettel's full invoice number (series + number), the buyer's lookup
 * code on Viettel's portal (reservationCode) and the issue date the API was sent.
 */
export type SInvoiceRef = {
  transaction_uuid: string
  invoice_no: string
  reservation_code: string | null
  issued_ms: number
}

const REF_PREFIX = "sinvoice:"

export function formatSInvoiceRef(ref: SInvoiceRef): string {
  const params = new URLSearchParams({
    uuid: ref.transaction_uuid,
    no: ref.invoice_no,
    date: String(ref.issued_ms),
  })
  if (ref.reservation_code) params.set("code", ref.reservation_code)
  return REF_PREFIX + params.toString()
}

/** The reference of an invoice S-Invoice issued, or null (another provider's, or none). */
export function parseSInvoiceRef(ref: string | null | undefined): SInvoiceRef | null {
  if (!ref?.startsWith(REF_PREFIX)) return null
  const params = new URLSearchParams(ref.slice(REF_PREFIX.length))
  const uuid = params.get("uuid")
  const no = params.get("no")
  const date = Number(params.get("date"))
  if (!uuid || !no || !Number.isFinite(date)) return null
  return { transaction_uuid: uuid, invoice_no: no, reservation_code: params.get("code"), issued_ms: date }
}

/**
 * The transactionUuid sent with an invoice: derived from our invoice id (a name-based
 * UUID, version 5 layout), so every attempt at one invoice carries the same one. A
 * retry after a timeout then finds the invoice Viettel may have issued meanwhile
 * instead of issuing a second one.
 */
export function transactionUuidFor(invoiceId: string): string {
  const b = createHash("sha1").update(`ocop-market:invoice:${invoiceId}`).digest()
  b[6] = (b[6] & 0x0f) | 0x50
  b[8] = (b[8] & 0x3f) | 0x80
  const h = b.subarray(0, 16).toString("hex")
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/**
 * Our number from Viettel's invoice number: it is the series followed by the number
 * ("K24TUT01" in series "K24TUT" is number 1).
 */
export function invoiceNumberFrom(invoiceNo: string, series: string): number {
  const digits = invoiceNo.startsWith(series)
    ? invoiceNo.slice(series.length)
    : (/(\d+)$/.exec(invoiceNo)?.[1] ?? "")
  const number = /^\d+$/.test(digits) ? Number(digits) : NaN
  if (!Number.isSafeInteger(number) || number <= 0)
    throw new Error(`S-Invoice answered an invoice number we cannot read: ${invoiceNo}`)
  return number
}

/**
 * S-Invoice dates are epoch milliseconds to the second (the API ignores the
 * milliseconds, so they are sent as 000).
 */
export const toSInvoiceDate = (at: Date) => Math.floor(at.getTime() / 1000) * 1000

/** taxPercentage: the rate (0, 5, 8, 10), or -2 for goods not subject to VAT (KCT). */
const taxPercentage = (rate: number | null) => (rate === null ? -2 : rate)

/** Viettel's limit on an item name. */
const ITEM_NAME_MAX = 500

export type SInvoiceBodyContext = {
  transaction_uuid: string
  issued_at: Date
  seller_tax_code: string
  seller: { name: string | null; address: string | null }
}

/**
 * The createInvoice body for one of our invoices (field names as the API takes them,
 * docs/e-invoices.md). Amounts are whole đồng as we drew them up: each line's amount
 * before VAT, its VAT and its total are sent as they are, so Viettel's totals equal
 * what the buyer paid. An adjustment sends decreases as negative unit prices with
 * absolute amounts and `isIncreaseItem: false`, as the API expects.
 */
export function sinvoiceInvoiceBody(invoice: InvoiceToIssue, ctx: SInvoiceBodyContext) {
  const adjusting = invoice.relation === "adjustment"
  const general: Record<string, unknown> = {
    transactionUuid: ctx.transaction_uuid,
    // The template code's first part is the kind (mẫu số): 1 is the VAT invoice.
    invoiceType: invoice.template.split("/")[0],
    templateCode: invoice.template,
    invoiceSeries: invoice.series,
    invoiceIssuedDate: toSInvoiceDate(ctx.issued_at),
    currencyCode: "VND",
    adjustmentType: "1",
    // We invoice once the money is in (decision 017).
    paymentStatus: true,
    cusGetInvoiceRight: true,
    validation: 1,
  }
  if (invoice.relation !== "original") {
    const original = parseSInvoiceRef(invoice.replaces?.provider_ref)
    if (!original || !invoice.replaces)
      throw new Error(
        `S-Invoice cannot ${invoice.relation === "replacement" ? "replace" : "adjust"} an invoice it did not issue`
      )
    Object.assign(general, {
      adjustmentType: adjusting ? "5" : "3",
      // 1: an adjustment of amounts (our only kind).
      adjustmentInvoiceType: adjusting ? "1" : "",
      originalInvoiceId: original.invoice_no,
      originalInvoiceIssueDate: original.issued_ms,
      originalTemplateCode: invoice.replaces.template,
      additionalReferenceDesc: invoice.reason || (adjusting ? "Điều chỉnh hóa đơn" : "Thay thế hóa đơn"),
      additionalReferenceDate: toSInvoiceDate(ctx.issued_at),
    })
  }
  const company = invoice.kind === "company"
  const buyerInfo = {
    buyerName: company ? "" : (invoice.buyer.name ?? "Khách lẻ"),
    buyerLegalName: company ? (invoice.buyer.name ?? "") : "",
    buyerTaxCode: company ? (invoice.buyer.tax_code ?? "") : "",
    buyerAddressLine: invoice.buyer.address ?? "",
    buyerEmail: invoice.buyer.email ?? "",
    buyerCountryCode: "VN",
    buyerNotGetInvoice: 0,
  }
  const sellerInfo = {
    sellerLegalName: ctx.seller.name ?? "",
    sellerTaxCode: ctx.seller_tax_code,
    sellerAddressLine: ctx.seller.address ?? "",
    sellerCountryCode: "VN",
  }
  const itemInfo = invoice.lines.map((line, i) => {
    const decrease = adjusting && line.total < 0
    const amount = Math.abs(line.amount)
    const vat = Math.abs(line.vat_amount)
    const quantity = Math.abs(line.quantity)
    // Prices include VAT here; the API takes the unit price before VAT (to the
    // hundredth of a đồng), while the line's amounts are the exact đồng.
    const unitPrice = quantity ? Math.round((amount / quantity) * 100) / 100 : amount
    const item: Record<string, unknown> = {
      lineNumber: i + 1,
      selection: 1,
      itemName: line.title.replace(/\s+/g, " ").slice(0, ITEM_NAME_MAX),
      // Our lines carry no unit of measure; "Đơn vị" (unit) stands for it.
      unitName: "Đơn vị",
      unitPrice: decrease ? -unitPrice : unitPrice,
      quantity,
      itemTotalAmountWithoutTax: amount,
      taxPercentage: taxPercentage(line.vat_rate),
      taxAmount: vat,
      discount: 0,
      itemTotalAmountAfterDiscount: amount,
      itemTotalAmountWithTax: amount + vat,
    }
    if (adjusting) Object.assign(item, { adjustmentTaxAmount: vat, isIncreaseItem: !decrease })
    return item
  })
  const breakdowns = new Map<number, { taxableAmount: number; taxAmount: number }>()
  for (const line of invoice.lines) {
    const key = taxPercentage(line.vat_rate)
    const sum = breakdowns.get(key) ?? { taxableAmount: 0, taxAmount: 0 }
    sum.taxableAmount += line.amount
    sum.taxAmount += line.vat_amount
    breakdowns.set(key, sum)
  }
  const taxBreakdowns = [...breakdowns.entries()].map(([rate, sum]) => ({
    taxPercentage: rate,
    taxableAmount: Math.abs(sum.taxableAmount),
    taxAmount: Math.abs(sum.taxAmount),
    taxableAmountPos: sum.taxableAmount >= 0,
    taxAmountPos: sum.taxAmount >= 0,
  }))
  return {
    generalInvoiceInfo: general,
    buyerInfo,
    sellerInfo,
    // The buyer paid by one of several means; the law allows TM/CK when it is not stated.
    payments: [{ paymentMethodName: "TM/CK" }],
    itemInfo,
    taxBreakdowns,
  }
}
