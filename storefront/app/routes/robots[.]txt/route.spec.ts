import { afterEach, describe, expect, it, vi } from "vitest"
import { loader } from "./route"

describe("robots.txt", () => {
  afterEach(() => vi.unstubAllEnvs())

  it("names the sitemap at the shop's configured address (STOREFRONT_URL), never a request's Host", async () => {
    vi.stubEnv("STOREFRONT_URL", "https://ocop.example.vn")
    const res = await loader()
    const text = await res.text()
    expect(text).toContain("Sitemap: https://ocop.example.vn/sitemap.xml")
  })
})
