import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"

describe("the store API's data functions when the backend cannot answer", () => {
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

  /** What `call` threw, or null when it answered. */
  const thrownBy = (call: () => Promise<unknown>) =>
    call().then(
      () => null,
      (error: unknown) => error
    )

  function expectBusyPage(thrown: unknown) {
    expect(thrown).toBeInstanceOf(Response)
    expect((thrown as Response).status).toBe(503)
    expect((thrown as Response).headers.get("retry-after")).toBe("2")
  }

  it("turns every page's store calls' 503 into the page's 503, not a 500", async () => {
    const { getOcopProduct } = await freshImport(() => import("~/lib/data/ocop-products.server"))
    const { listProvinces } = await freshImport(() => import("~/lib/data/ocop-admin-units.server"))
    const { postKeepingRefusal } = await freshImport(() => import("~/lib/medusa.server"))
    // The product page (a 404 would be null: a 503 must not pass for "no such product"),
    // the provinces of the address form, and a checkout's completion (a raw fetch).
    expectBusyPage(await thrownBy(() => getOcopProduct("mat-ong", "vi")))
    expectBusyPage(await thrownBy(() => listProvinces()))
    expectBusyPage(await thrownBy(() => postKeepingRefusal("/store/carts/cart_1/complete", {}, {})))
  })

  it("answers 503 too when the backend is not listening (restarting)", async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    vi.resetModules()
    vi.stubEnv("MEDUSA_BACKEND_URL", `http://127.0.0.1:${port}`)
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test")
    const { getOcopProduct } = await import("~/lib/data/ocop-products.server")
    expectBusyPage(await thrownBy(() => getOcopProduct("mat-ong", "vi")))
  })
})
