import Medusa, { FetchError } from "@medusajs/js-sdk"
import { readFileSync } from "node:fs"
import path from "node:path"
import { backendFetch, rethrowBusy } from "./busy.server"
import type { Locale } from "./i18n"
import type { OcopStockShortfall } from "./ocop-types"

export const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
// The backend refuses a cookie-authenticated write that names no allowed Origin
// (docs/security.md); the storefront's server calls as the shop's own origin.
const storefrontOrigin = new URL(process.env.STOREFRONT_URL || "http://localhost:3000").origin

// In production the key comes from the environment; for local development the
// key written by `npm start` in ../.data/demo.json is good enough.
function readPublishableKey(): string | undefined {
  if (process.env.MEDUSA_PUBLISHABLE_KEY) return process.env.MEDUSA_PUBLISHABLE_KEY
  for (const file of [
    path.resolve(process.cwd(), "../.data/demo.json"),
    path.resolve(process.cwd(), ".data/demo.json"),
  ]) {
    try {
      const key = JSON.parse(readFileSync(file, "utf8")).publishable_key
      if (key) return key
    } catch {
      // try the next place
    }
  }
  const message = "MEDUSA_PUBLISHABLE_KEY is not set (and no .data/demo.json was found): the storefront cannot call the store API."
  // A production server must not start half-configured; tests of pure code need no key.
  if (process.env.NODE_ENV === "production") throw new Error(message)
  console.warn(message)
  return undefined
}

/** The store API's publishable key, for the few calls the js-sdk cannot make (multipart uploads). */
export const publishableKey = readPublishableKey()

/** The one js-sdk instance. Tokens never live in it: it is shared by every request. */
export const sdk = new Medusa({
  baseUrl: backendUrl,
  publishableKey,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})

// Every call the js-sdk makes goes through its client's fetch: there the backend's "cannot
// answer now" (503, or not listening) becomes the page's own 503 (busy.server.ts) for
// every page at once, instead of a 500 from each loader that did not expect it. The
// js-sdk has no hook for this; its store, auth and admin parts all call this method.
const sdkFetch = sdk.client.fetch.bind(sdk.client)
sdk.client.fetch = ((input, init) => sdkFetch(input, init).catch(rethrowBusy)) as typeof sdk.client.fetch

/**
 * A refusal with the whole JSON body the API answered. js-sdk's FetchError keeps only
 * the message; a stock refusal's lines (`shortfalls`) are in the body. Still a FetchError,
 * so every check of status works on it.
 */
export class ApiRefusal extends FetchError {
  constructor(
    message: string,
    statusText: string,
    status: number,
    readonly body: Record<string, unknown>
  ) {
    super(message, statusText, status)
  }
}

/**
 * A JSON POST whose refusal keeps its body (ApiRefusal): for the two writes whose pages
 * mark the lines a stock refusal names (the checkout's completion, the counter's sale).
 * Every other call goes through the js-sdk.
 */
export async function postKeepingRefusal<T>(apiPath: string, body: unknown, headers: Record<string, string>): Promise<T> {
  const response = await backendFetch(`${backendUrl}${apiPath}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  })
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) {
    const message = typeof data.message === "string" ? data.message : response.statusText
    throw new ApiRefusal(message, response.statusText, response.status, data)
  }
  return data as T
}

/** The lines a stock refusal (code "ocop_out_of_stock") names; none for any other error. */
export function stockShortfalls(error: unknown): OcopStockShortfall[] {
  if (!(error instanceof ApiRefusal) || error.body.code !== "ocop_out_of_stock") return []
  const lines = Array.isArray(error.body.shortfalls) ? error.body.shortfalls : []
  return lines.filter(
    (l): l is OcopStockShortfall =>
      typeof l?.location_id === "string" && Number.isFinite(l?.available) && Number.isFinite(l?.needed)
  )
}

/**
 * Headers that act as a signed-in shopper, producer or staff member (or nobody).
 * What the storefront keeps for them is a Medusa API session (decision 104): the
 * backend's session cookie, which `endApiSession` destroys on the server at sign-out.
 */
export function authHeaders(apiSession: string | null | undefined): Record<string, string> {
  return apiSession ? { cookie: apiSession, origin: storefrontOrigin } : {}
}

/**
 * The store API's language header. Vietnamese is every text's original; English pages
 * ask for en-US, which Medusa's Translation Module answers with the English it keeps
 * for products, packs, delivery options, stories and sales points (docs/english.md).
 */
export function localeHeaders(locale: Locale): Record<string, string> {
  return locale === "en" ? { "x-medusa-locale": STORE_API_LOCALE.en } : {}
}

/** The Translation Module's locale codes of the storefront's languages (a cart's `locale` too). */
export const STORE_API_LOCALE: Record<Locale, string> = { vi: "vi-VN", en: "en-US" }

/** A registration token (a JWT with no actor yet), used once between register and sign-in. */
export function bearerHeaders(registrationToken: string): Record<string, string> {
  return { authorization: `Bearer ${registrationToken}` }
}

/**
 * Trades the JWT of a fresh sign-in for an API session (POST /auth/session) and
 * forgets the JWT: a JWT stays valid until it expires, a session ends when deleted.
 * Returns the `name=value` cookie pair to send back on every call.
 */
export async function openApiSession(jwt: string): Promise<string> {
  const response = await backendFetch(`${backendUrl}/auth/session`, {
    method: "POST",
    // Medusa marks its session cookie Secure in production and sets it only on
    // https requests; the storefront is the https front of this call.
    headers: { authorization: `Bearer ${jwt}`, "x-forwarded-proto": "https" },
  })
  if (!response.ok) throw new Error(`POST /auth/session answered ${response.status}`)
  const pair = setCookies(response.headers)
    .map((cookie) => cookie.split(";")[0].trim())
    .find((pair) => pair.includes("="))
  if (!pair) throw new Error("POST /auth/session set no session cookie")
  return pair
}

// Remix's server installs its own fetch, whose Headers has no getSetCookie: it joins
// the cookies with ", " instead (a cookie's Expires date has a comma of its own).
function setCookies(headers: Headers): string[] {
  if (typeof headers.getSetCookie === "function") return headers.getSetCookie()
  return (headers.get("set-cookie") ?? "").split(/,(?=\s*[^;,=\s]+=)/)
}

/** DELETE /auth/session: the API session ends on the server, so a copied cookie is worth nothing. */
export async function endApiSession(apiSession: string | null | undefined): Promise<void> {
  if (!apiSession) return
  const response = await backendFetch(`${backendUrl}/auth/session`, {
    method: "DELETE",
    headers: { ...authHeaders(apiSession), "x-forwarded-proto": "https" },
  })
  // An already expired session is as ended as it gets; anything else must not pass silently.
  if (!response.ok && response.status !== 401) throw new Error(`DELETE /auth/session answered ${response.status}`)
}
