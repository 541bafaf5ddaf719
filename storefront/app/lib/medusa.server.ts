import Medusa from "@medusajs/js-sdk"
import { readFileSync } from "node:fs"
import path from "node:path"

export const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

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

/** The one js-sdk instance. Tokens never live in it: it is shared by every request. */
export const sdk = new Medusa({
  baseUrl: backendUrl,
  publishableKey: readPublishableKey(),
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})

/** Headers that act as the signed-in customer (or nobody). */
export function authHeaders(token: string | null | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {}
}
