/**
 * Why a carrier call gave no usable answer: it did not answer in time, it answered
 * with an HTTP error, or it refused the request in its own envelope.
 */
export type CarrierFailure = "timeout" | "unreachable" | "http" | "rejected"

export class CarrierError extends Error {
  constructor(
    readonly carrier: string,
    readonly failure: CarrierFailure,
    message: string,
    readonly status?: number
  ) {
    super(message)
    this.name = "CarrierError"
  }
}

export type CarrierRequest = {
  carrier: string
  method: "GET" | "POST"
  url: string
  headers: Record<string, string>
  body?: unknown
  timeoutMs: number
}

/**
 * One JSON call to a carrier with a hard deadline: checkout must not wait on a slow
 * carrier, so the caller gets a CarrierError("timeout") after timeoutMs.
 */
export async function carrierJson<T>(request: CarrierRequest): Promise<T> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), request.timeoutMs)
  let response: Response
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        ...request.headers,
      },
      body:
        request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: controller.signal,
    })
    const text = await response.text()
    let parsed: unknown = null
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      parsed = null
    }
    if (!response.ok && parsed === null)
      throw new CarrierError(
        request.carrier,
        "http",
        `${request.carrier} answered HTTP ${response.status}`,
        response.status
      )
    return parsed as T
  } catch (error) {
    if (error instanceof CarrierError) throw error
    if (controller.signal.aborted)
      throw new CarrierError(
        request.carrier,
        "timeout",
        `${request.carrier} did not answer within ${request.timeoutMs / 1000} s`
      )
    throw new CarrierError(
      request.carrier,
      "unreachable",
      `${request.carrier} could not be reached (${(error as Error).message})`
    )
  } finally {
    clearTimeout(timer)
  }
}
