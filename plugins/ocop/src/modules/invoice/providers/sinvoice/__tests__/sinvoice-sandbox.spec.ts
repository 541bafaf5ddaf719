import type { InvoiceToIssue } from "../../invoice-provider"
import { SInvoiceProvider } from "../sinvoice-provider"
import { sinvoiceOptionsFromEnv } from "../sinvoice-options"
import { parseSInvoiceRef } from "../sinvoice-invoice"

// The contract checked against Viettel itself: runs only with SINVOICE_SANDBOX=1 and a
// test account's SINVOICE_* variables (docs/e-invoices.md, "Against Viettel's test
// account"); every run issues one small invoice on that account.
const env = process.env
const options = env.SINVOICE_SANDBOX === "1" ? sinvoiceOptionsFromEnv(env) : null
const template = env.SINVOICE_SANDBOX_TEMPLATE ?? ""
const series = env.SINVOICE_SANDBOX_SERIES ?? ""

const testInvoice = (id: string, over: Partial<InvoiceToIssue> = {}): InvoiceToIssue => ({
  id,
  relation: "original",
  replaces: null,
  kind: "company",
  template,
  series,
  buyer: { name: "Công ty TNHH Kiểm Thử", tax_code: env.SINVOICE_SANDBOX_BUYER_TAX_CODE ?? "0100109106", address: "1 Tràng Tiền, Phường Hoàn Kiếm, Thành phố Hà Nội", email: null },
  lines: [
    { title: "Bánh hạnh nhân (kiểm thử)", quantity: 1, unit_price: 45000, vat_rate: 8, amount: 41667, vat_amount: 3333, total: 45000 },
    { title: "Gạo thơm (kiểm thử)", quantity: 1, unit_price: 80000, vat_rate: 5, amount: 76190, vat_amount: 3810, total: 80000 },
  ],
  subtotal: 117857,
  vat_total: 7143,
  total: 125000,
  amount_in_words: "Một trăm hai mươi lăm nghìn đồng",
  ...over,
})

describe.skipIf(!options)("Viettel S-Invoice test account (SINVOICE_SANDBOX=1)", () => {
  it("issues an invoice, finds it again by its transaction id, and a repeated issue gives the same number", async () => {
    expect(template && series).toBeTruthy()
    const provider = new SInvoiceProvider(options!)
    const id = `ocinv_sandbox_${Date.now()}`
    const issued = await provider.issue(testInvoice(id))
    expect(issued.number).toBeGreaterThan(0)
    const ref = parseSInvoiceRef(issued.provider_ref)!
    expect(ref.invoice_no.endsWith(String(issued.number))).toBe(true)
    expect(await provider.lookup(issued.provider_ref)).toEqual(
      expect.objectContaining({ invoice_no: ref.invoice_no })
    )
    const again = await provider.issue(testInvoice(id))
    expect(again.number).toBe(issued.number)
  })

  it("refuses a series the account does not have, naming Viettel's reason", async () => {
    const provider = new SInvoiceProvider(options!)
    const failure = await provider
      .issue(testInvoice(`ocinv_sandbox_bad_${Date.now()}`, { series: "C99TZZ" }))
      .then(() => null, (e: Error) => e)
    expect(failure?.message).toMatch(/^S-Invoice refused/)
  })
})
