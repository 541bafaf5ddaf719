/**
 * Template (mẫu số) and series (ký hiệu) an invoice is numbered in. Template 1 is the
 * VAT invoice. The series follows Circular 78/2021/TT-BTC's six characters: C (with the
 * tax authority's code), the year's two digits, the kind (T: registered e-invoices;
 * M: generated from a cash register, for counter sales) and two letters of the
 * seller's choosing. OCOP_INVOICE_TEMPLATE and OCOP_INVOICE_SERIES_SUFFIX change them.
 */
export function invoiceSeries(
  channel: "online" | "counter",
  at: Date,
  env: Record<string, string | undefined> = process.env
): { template: string; series: string } {
  const year = String(at.getUTCFullYear()).slice(-2)
  const suffix = (env.OCOP_INVOICE_SERIES_SUFFIX || "OC").toUpperCase().slice(0, 2)
  return {
    template: env.OCOP_INVOICE_TEMPLATE || "1",
    series: `C${year}${channel === "counter" ? "M" : "T"}${suffix}`,
  }
}

/** A code the buyer types to find the invoice: 10 letters and digits, no look-alikes. */
export function newLookupCode(random: (n: number) => Buffer): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
  return [...random(10)].map((b) => alphabet[b % alphabet.length]).join("")
}
