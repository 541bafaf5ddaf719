/**
 * Why an S-Invoice call gave no usable answer: no answer in time, no connection, or
 * an answer refusing the request (HTTP error or the API's own error envelope).
 */
export class SInvoiceError extends Error {
  constructor(
    readonly failure: "timeout" | "unreachable" | "refused" | "config",
    message: string,
    /** The API's error code (errorCode, or the symbolic `message` of an HTTP error). */
    readonly code: string | null = null,
    readonly status: number | null = null
  ) {
    super(message)
    this.name = "SInvoiceError"
  }
}

/**
 * The API's envelope. Success: `{ errorCode: null, description: null, result }`.
 * A refusal comes either with HTTP 200 and `errorCode`/`description`, or with an HTTP
 * error and `{ code, message, data }` (docs/e-invoices.md, "Viettel S-Invoice").
 */
export type SInvoiceEnvelope = {
  errorCode?: string | number | null
  description?: string | null
  code?: string | number | null
  message?: string | null
  data?: unknown
  error?: unknown
  result?: unknown
  [key: string]: unknown
}

export type SInvoiceCall = {
  url: string
  method: "POST"
  headers: Record<string, string>
  /** A JSON body, or form fields (sent application/x-www-form-urlencoded). */
  json?: unknown
  form?: Record<string, string>
  timeoutMs: number
}

const blank = (v: unknown) => v === null || v === undefined || v === ""

/** The API's error code in an envelope, or null when it reports success. */
export function envelopeErrorCode(body: SInvoiceEnvelope | null): string | null {
  if (!body) return null
  if (!blank(body.errorCode)) return String(body.errorCode)
  if (typeof body.message === "string" && /^[A-Z][A-Z0-9_]+$/.test(body.message) && !blank(body.code))
    return body.message
  if (!blank(body.code) && String(body.code) !== "0" && String(body.code) !== "200") return String(body.code)
  if (!blank(body.error)) return String(body.error)
  return null
}

function envelopeText(body: SInvoiceEnvelope | null): string | null {
  if (!body) return null
  for (const v of [body.description, body.data, body.message, body.error])
    if (typeof v === "string" && v) return v
  return null
}

/**
 * One call with a hard deadline. Credentials go over https only; plain http is
 * allowed to this machine alone (the contract tests' stand-in). Answers with the
 * parsed envelope when the HTTP status is 2xx and the envelope reports no error;
 * throws an SInvoiceError otherwise.
 */
export async function sinvoiceCall(call: SInvoiceCall): Promise<SInvoiceEnvelope> {
  const url = new URL(call.url)
  const local = url.hostname === "127.0.0.1" || url.hostname === "localhost"
  if (url.protocol !== "https:" && !(local && url.protocol === "http:"))
    throw new SInvoiceError("config", "SINVOICE_API_URL must be an https URL")
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), call.timeoutMs)
  let status: number
  let text: string
  try {
    const response = await fetch(url, {
      method: call.method,
      headers: {
        Accept: "application/json",
        "Content-Type": call.form ? "application/x-www-form-urlencoded" : "application/json",
        ...call.headers,
      },
      body: call.form ? new URLSearchParams(call.form).toString() : JSON.stringify(call.json),
      signal: controller.signal,
    })
    status = response.status
    text = await response.text()
  } catch (error) {
    if (controller.signal.aborted)
      throw new SInvoiceError("timeout", `S-Invoice did not answer within ${call.timeoutMs / 1000} s`)
    throw new SInvoiceError("unreachable", `S-Invoice could not be reached (${(error as Error).message})`)
  } finally {
    clearTimeout(timer)
  }
  let body: SInvoiceEnvelope | null = null
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = null
  }
  const code = envelopeErrorCode(body)
  if (status >= 200 && status < 300 && !code && body) return body
  const detail = [code, envelopeText(body)].filter(Boolean).join(": ")
  throw new SInvoiceError(
    "refused",
    `S-Invoice refused (HTTP ${status})${detail ? `: ${detail}` : ""}`,
    code,
    status
  )
}
