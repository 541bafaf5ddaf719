/** How the S-Invoice adapter reaches Viettel: from the environment (docs/e-invoices.md). */
export type SInvoiceOptions = {
  /** Scheme and host only; the adapter adds `/auth/login` and `/services/einvoiceapplication/api/…`. */
  base_url: string
  username: string
  password: string
  /** The seller's MST: part of the create path and of every lookup. */
  supplier_tax_code: string
  /** Each call's deadline; the issue step gives the whole attempt 15 s. */
  timeout_ms: number
  seller: { name: string | null; address: string | null }
}

export const SINVOICE_DEFAULT_URL = "https://api-vinvoice.viettel.vn"
export const SINVOICE_DEFAULT_TIMEOUT_MS = 5000

/**
 * The adapter's options, or null when S-Invoice is not configured: it is enabled only
 * when SINVOICE_USERNAME, SINVOICE_PASSWORD and the seller's tax code are all set, so
 * without them the local provider stays the default. The URL is checked when used
 * (sinvoice-http.ts), so a wrong one fails the attempt the office sees, not the sale.
 */
export function sinvoiceOptionsFromEnv(
  env: Record<string, string | undefined>
): SInvoiceOptions | null {
  const username = env.SINVOICE_USERNAME?.trim()
  const password = env.SINVOICE_PASSWORD
  const supplier_tax_code = (env.SINVOICE_SUPPLIER_TAX_CODE || env.OCOP_SELLER_TAX_CODE)?.trim()
  if (!username || !password || !supplier_tax_code) return null
  const timeout = Number(env.SINVOICE_TIMEOUT_MS)
  return {
    base_url: (env.SINVOICE_API_URL || SINVOICE_DEFAULT_URL).replace(/\/+$/, ""),
    username,
    password,
    supplier_tax_code,
    timeout_ms: Number.isFinite(timeout) && timeout > 0 ? timeout : SINVOICE_DEFAULT_TIMEOUT_MS,
    seller: {
      name: env.OCOP_SELLER_NAME || null,
      address: env.OCOP_SELLER_ADDRESS || null,
    },
  }
}
