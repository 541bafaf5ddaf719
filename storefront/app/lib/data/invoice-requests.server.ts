import { FetchError } from "@medusajs/js-sdk"
import { sdk } from "../medusa.server"

export type CompanyInvoiceInput = { company_name: string; tax_code: string; address: string; email: string }

/** The checkout field each backend field is typed in, for a 400 that names one. */
const FIELD_OF: Record<string, string> = {
  company_name: "companyName",
  tax_code: "taxCode",
  address: "companyAddress",
  email: "invoiceEmail",
}

/**
 * POST /store/ocop/carts/:id/invoice-request: asks for a company invoice. Returns the
 * checkout field the backend refused (its 400 names it), or null when it was kept.
 */
export async function requestCompanyInvoice(cartId: string, input: CompanyInvoiceInput): Promise<string | null> {
  try {
    await sdk.client.fetch(`/store/ocop/carts/${encodeURIComponent(cartId)}/invoice-request`, {
      method: "POST",
      body: input,
    })
    return null
  } catch (error) {
    if (error instanceof FetchError && error.status === 400) {
      const named = Object.keys(FIELD_OF).find((f) => error.message.includes(f))
      return FIELD_OF[named ?? "company_name"]
    }
    throw error
  }
}

/** DELETE /store/ocop/carts/:id/invoice-request: the order gets a retail invoice. */
export async function withdrawCompanyInvoice(cartId: string): Promise<void> {
  await sdk.client.fetch(`/store/ocop/carts/${encodeURIComponent(cartId)}/invoice-request`, { method: "DELETE" })
}
