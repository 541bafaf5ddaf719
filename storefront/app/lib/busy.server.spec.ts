import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"

describe("the store API's data functions when the backend is busy", () => {
  // A backend whose search and catalog bounds are full: every call gets 503 busy.
  let busyBackend: Server
  let url: string
  beforeAll(async () => {
    busyBackend = createServer((_, res) => {
      res.writeHead(503, { "content-type": "application/json", "retry-after": "2" })
      res.end(JSON.stringify({ type: "busy", message: "Too many search requests at once" }))
    })
    await new Promise<void>((resolve) => busyBackend.listen(0, "127.0.0.1", resolve))
    url = `http://127.0.0.1:${(busyBackend.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    vi.unstubAllEnvs()
    await new Promise((resolve) => busyBackend.close(resolve))
  })

  // The js-sdk instance reads the backend URL when first imported.
  async function freshImport<T>(load: () => Promise<T>) {
    vi.resetModules()
    vi.stubEnv("MEDUSA_BACKEND_URL", url)
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test")
    return load()
  }

  it("turns the search's and the catalog's 503 into the page's 503", async () => {
    const { searchOcopProducts } = await freshImport(() => import("~/lib/data/ocop-search.server"))
    const { listOcopProducts } = await freshImport(() => import("~/lib/data/ocop-products.server"))
    for (const call of [() => searchOcopProducts({ q: "mat ong" }, "vi"), () => listOcopProducts({ stars: 4 }, "vi")]) {
      const thrown = await call().then(
        () => null,
        (error: unknown) => error
      )
      expect(thrown).toBeInstanceOf(Response)
      expect((thrown as Response).status).toBe(503)
      expect((thrown as Response).headers.get("retry-after")).toBe("2")
    }
  })
})
