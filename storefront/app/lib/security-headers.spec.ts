import { describe, expect, it } from "vitest"
import { applySecurityHeaders, contentSecurityPolicy } from "./security-headers"

const headersFor = (url: string) => {
  const headers = new Headers()
  applySecurityHeaders(headers, new Request(url))
  return headers
}

describe("applySecurityHeaders", () => {
  it("lets the staff console's pages open the camera to read barcodes, and no other page", () => {
    expect(headersFor("http://localhost:3000/sales-point/ocsp_1/sell").get("Permissions-Policy")).toMatch(/^camera=\(self\), microphone=\(\)/)
    for (const url of ["http://localhost:3000/", "http://localhost:3000/sales-points", "http://localhost:3000/producer/listings", "http://localhost:3000/checkout"]) {
      expect(headersFor(url).get("Permissions-Policy"), url).toMatch(/^camera=\(\), microphone=\(\)/)
    }
  })
})

describe("contentSecurityPolicy", () => {
  it("allows service workers from the storefront only (the console's)", () => {
    const policy = contentSecurityPolicy({ nonce: "n", backendUrl: "http://localhost:9000", stripe: false, development: false })
    expect(policy).toContain("worker-src 'self'")
  })
})
