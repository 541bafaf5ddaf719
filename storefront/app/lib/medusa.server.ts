import Medusa from "@medusajs/js-sdk"
import { readFileSync } from "node:fs"
import path from "node:path"

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

export const publishableKey = readPublishableKey()

/** The one js-sdk instance. Tokens never live in it: it is shared by every request. */
export const sdk = new Medusa({
  baseUrl: backendUrl,
  publishableKey,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})

/**
 * Headers that act as a signed-in shopper, producer or staff member (or nobody).
 * What the storefront keeps for them is a Medusa API session (decision 104): the
 * backend's session cookie, which `endApiSession` destroys on the server at sign-out.
 */
export function authHeaders(apiSession: string | null | undefined): Record<string, string> {
  return apiSession ? { cookie: apiSession, origin: storefrontOrigin } : {}
}

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
  const response = await fetch(`${backendUrl}/auth/session`, {
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
  const response = await fetch(`${backendUrl}/auth/session`, {
    method: "DELETE",
    headers: { ...authHeaders(apiSession), "x-forwarded-proto": "https" },
  })
  // An already expired session is as ended as it gets; anything else must not pass silently.
  if (!response.ok && response.status !== 401) throw new Error(`DELETE /auth/session answered ${response.status}`)
}
