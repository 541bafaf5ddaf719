import type {
  InvoiceProvider,
  InvoiceToIssue,
  IssuedInvoice,
  ProviderInvoiceStatus,
} from "../invoice-provider"
import { SInvoiceError, sinvoiceCall, type SInvoiceEnvelope } from "./sinvoice-http"
import {
  formatSInvoiceRef,
  invoiceNumberFrom,
  parseSInvoiceRef,
  sinvoiceInvoiceBody,
  transactionUuidFor,
} from "./sinvoice-invoice"
import type { SInvoiceOptions } from "./sinvoice-options"

const API = "/services/einvoiceapplication/api/InvoiceAPI"
export const SINVOICE_PATHS = {
  login: "/auth/login",
  create: (supplierTaxCode: string) => `${API}/InvoiceWS/createInvoice/${encodeURIComponent(supplierTaxCode)}`,
  searchByTransactionUuid: `${API}/InvoiceWS/searchInvoiceByTransactionUuid`,
}

/** The API's answer when nothing carries the transaction id yet. */
const NOT_FOUND = "NOT_FOUND_DATA"
/** A token is renewed this long before the expiry the login gave. */
const TOKEN_MARGIN_MS = 30_000

type SearchResult = {
  invoiceNo?: string | null
  reservationCode?: string | null
  issueDate?: number | null
  status?: string | null
}

/**
 * Viettel S-Invoice: invoices with the tax authority's code, created, signed (by
 * Viettel's HSM) and sent to the tax authority by one createInvoice call. Replacements
 * and adjustments are the same call naming the original. Every attempt first looks the
 * invoice up by its transaction id, so a retry after a timeout picks up what Viettel
 * issued meanwhile instead of issuing twice. Any failure is thrown for the issue step
 * to record; the retry job sends it again.
 */
export class SInvoiceProvider implements InvoiceProvider {
  readonly id = "sinvoice"
  readonly registered = true
  private token: { value: string; expires_at: number } | null = null

  constructor(
    private readonly options: SInvoiceOptions,
    private readonly now: () => Date = () => new Date()
  ) {}

  async issue(invoice: InvoiceToIssue): Promise<IssuedInvoice> {
    const transaction_uuid = transactionUuidFor(invoice.id)
    const found = await this.search(transaction_uuid)
    if (found?.invoiceNo) {
      const issued_ms = found.issueDate ?? this.now().getTime()
      return {
        number: invoiceNumberFrom(found.invoiceNo, invoice.series),
        provider_ref: formatSInvoiceRef({
          transaction_uuid,
          invoice_no: found.invoiceNo,
          reservation_code: found.reservationCode ?? null,
          issued_ms,
        }),
        issued_at: new Date(issued_ms),
      }
    }
    const issued_at = new Date(Math.floor(this.now().getTime() / 1000) * 1000)
    const body = sinvoiceInvoiceBody(invoice, {
      transaction_uuid,
      issued_at,
      seller_tax_code: this.options.supplier_tax_code,
      seller: this.options.seller,
    })
    const answer = await this.authenticated({
      path: SINVOICE_PATHS.create(this.options.supplier_tax_code),
      json: body,
    })
    const result = (answer.result ?? {}) as { invoiceNo?: string; reservationCode?: string }
    if (!result.invoiceNo)
      throw new SInvoiceError("refused", "S-Invoice answered without an invoice number")
    return {
      number: invoiceNumberFrom(result.invoiceNo, invoice.series),
      provider_ref: formatSInvoiceRef({
        transaction_uuid,
        invoice_no: result.invoiceNo,
        reservation_code: result.reservationCode ?? null,
        issued_ms: issued_at.getTime(),
      }),
      issued_at,
    }
  }

  /** What S-Invoice holds of an invoice it issued (null: it has none under that id). */
  async lookup(provider_ref: string): Promise<ProviderInvoiceStatus | null> {
    const ref = parseSInvoiceRef(provider_ref)
    if (!ref) return null
    const found = await this.search(ref.transaction_uuid)
    if (!found?.invoiceNo) return null
    return {
      invoice_no: found.invoiceNo,
      lookup_code: found.reservationCode ?? null,
      issued_at: found.issueDate ? new Date(found.issueDate) : null,
      status: found.status ?? null,
    }
  }

  private async search(transactionUuid: string): Promise<SearchResult | null> {
    try {
      const answer = await this.authenticated({
        path: SINVOICE_PATHS.searchByTransactionUuid,
        form: { supplierTaxCode: this.options.supplier_tax_code, transactionUuid },
      })
      const result = answer.result
      return Array.isArray(result) && result.length ? (result[0] as SearchResult) : null
    } catch (error) {
      if (error instanceof SInvoiceError && error.code === NOT_FOUND) return null
      throw error
    }
  }

  /**
   * A call with the access token (sent as the `access_token` cookie). A refused token
   * (HTTP 401 or 403, or the 500 an expired one can give) is dropped, so the next call
   * logs in again; the failed attempt itself is left to the retry.
   */
  private async authenticated(request: {
    path: string
    json?: unknown
    form?: Record<string, string>
  }): Promise<SInvoiceEnvelope> {
    const token = await this.accessToken()
    try {
      return await sinvoiceCall({
        url: this.options.base_url + request.path,
        method: "POST",
        headers: { Cookie: `access_token=${token}` },
        json: request.json,
        form: request.form,
        timeoutMs: this.options.timeout_ms,
      })
    } catch (error) {
      if (error instanceof SInvoiceError && [401, 403, 500].includes(error.status ?? 0))
        this.token = null
      throw error
    }
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expires_at > this.now().getTime()) return this.token.value
    let answer: SInvoiceEnvelope
    try {
      answer = await sinvoiceCall({
        url: this.options.base_url + SINVOICE_PATHS.login,
        method: "POST",
        headers: {},
        json: { username: this.options.username, password: this.options.password },
        timeoutMs: this.options.timeout_ms,
      })
    } catch (error) {
      // The request held the password: only the reason goes on, never the request.
      if (error instanceof SInvoiceError)
        throw new SInvoiceError(error.failure, `S-Invoice login failed: ${error.message}`, error.code, error.status)
      throw error
    }
    const value = answer.access_token
    if (typeof value !== "string" || !value)
      throw new SInvoiceError("refused", "S-Invoice login answered without an access_token")
    const seconds = Number(answer.expires_in)
    const lifetime = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 5 * 60_000
    this.token = { value, expires_at: this.now().getTime() + lifetime - TOKEN_MARGIN_MS }
    return value
  }
}
