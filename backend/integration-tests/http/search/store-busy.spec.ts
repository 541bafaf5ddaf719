import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { withStatementTimeout } from "@ocop-market/medusa-plugin-ocop/queries/statement-timeout"
import { responseOf, seedShop, storeHeaders } from "../fixtures"

// One search and one catalog listing at a time, nobody waiting: read when the app
// boots (backend/src/api/middlewares.ts), so set before the runner starts it.
process.env.OCOP_SEARCH_CONCURRENCY = "1"
process.env.OCOP_SEARCH_QUEUE = "0"
process.env.OCOP_CATALOG_CONCURRENCY = "1"
process.env.OCOP_CATALOG_QUEUE = "0"

const BURST = 20

/**
 * Isolation (issue 18): a burst of expensive reads gets "busy, retry" beyond the bound
 * instead of taking every database connection; the rest of the shop keeps answering.
 * No timings: with room for one, twenty requests sent at once cannot all be served.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let handle: string

    beforeAll(async () => {
      const container = getContainer()
      const store = await seedShop(container, ["p02", "p04"])
      headers = storeHeaders(store)
      await container.resolve<ISearchModuleService>(Modules.SEARCH).reindex()
      const { data } = await api.get("/store/ocop/products?limit=1", headers)
      handle = data.products[0].handle
    })

    const burst = (path: string) =>
      Promise.all(Array.from({ length: BURST }, () => responseOf(api.get(path, headers))))

    function expectBusyBeyondTheBound(responses: any[]) {
      const statuses = responses.map((r) => r.status)
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true)
      expect(statuses).toContain(200)
      const busy = responses.filter((r) => r.status === 503)
      expect(busy.length).toBeGreaterThan(0)
      for (const r of busy) {
        expect(r.headers["retry-after"]).toBe("2")
        expect(r.data).toEqual({ type: "busy", message: expect.any(String) })
      }
    }

    it("answers a burst of searches beyond the bound with 503 and Retry-After, and serves the next search", async () => {
      expectBusyBeyondTheBound(await burst("/store/ocop/search?q=duong"))
      const after = await responseOf(api.get("/store/ocop/search?q=duong", headers))
      expect(after.status).toBe(200)
    })

    it("bounds the typeahead, which is a search too", async () => {
      expectBusyBeyondTheBound(await burst("/store/ocop/search?q=duo&suggest=true"))
    })

    it("bounds the filtered catalog listing on its own", async () => {
      expectBusyBeyondTheBound(await burst("/store/ocop/products?min_stars=3"))
    })

    it("keeps product pages answering while searches are refused", async () => {
      const [searches, products] = await Promise.all([
        burst("/store/ocop/search?q=duong"),
        Promise.all(
          Array.from({ length: 5 }, () => responseOf(api.get(`/store/ocop/products/${handle}`, headers)))
        ),
      ])
      expect(searches.map((r) => r.status)).toContain(503)
      expect(products.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
    })

    it("cancels a read past its statement timeout and gives the connection back without it", async () => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await expect(
        withStatementTimeout(pg, 50, (trx) => trx.raw("select pg_sleep(10)"))
      ).rejects.toThrow(/canceling statement due to statement timeout/)
      // SET LOCAL ended with the transaction: every pooled connection has the default.
      const settings = await Promise.all(
        Array.from({ length: 4 }, () => pg.raw("show statement_timeout"))
      )
      expect(settings.map((s: any) => s.rows[0].statement_timeout)).toEqual(["0", "0", "0", "0"])
    })
  },
})
