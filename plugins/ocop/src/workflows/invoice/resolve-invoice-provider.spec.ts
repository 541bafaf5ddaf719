import { INVOICE_PROVIDER_KEY, type InvoiceProvider } from "../../modules/invoice/providers/invoice-provider"
import { resolveInvoiceProvider } from "./resolve-invoice-provider"

/** A container holding only what the resolver reads: the invoice module, and maybe a provider. */
const container = (registered?: InvoiceProvider) => ({
  resolve: (key: string) => (key === INVOICE_PROVIDER_KEY ? registered : { nextInvoiceNumber: async () => 1 }),
})
const SINVOICE = {
  SINVOICE_USERNAME: "0312345678",
  SINVOICE_PASSWORD: "mat-khau",
  SINVOICE_SUPPLIER_TAX_CODE: "0312345678",
}

describe("resolveInvoiceProvider", () => {
  it("issues with the local provider, marked unregistered, when no SINVOICE_* variables are set", () => {
    const provider = resolveInvoiceProvider(container(), {})
    expect(provider).toEqual(expect.objectContaining({ id: "local", registered: false }))
  })

  it("issues with Viettel S-Invoice once its variables are set, keeping one adapter (and its token) per configuration", () => {
    const first = resolveInvoiceProvider(container(), SINVOICE)
    expect(first).toEqual(expect.objectContaining({ id: "sinvoice", registered: true }))
    expect(resolveInvoiceProvider(container(), { ...SINVOICE })).toBe(first)
    expect(resolveInvoiceProvider(container(), { ...SINVOICE, SINVOICE_PASSWORD: "moi" })).not.toBe(first)
  })

  it("prefers a provider the app registered in the container", () => {
    const standIn: InvoiceProvider = { id: "stand-in", registered: true, issue: async () => { throw new Error("down") } }
    expect(resolveInvoiceProvider(container(standIn), SINVOICE)).toBe(standIn)
  })
})
