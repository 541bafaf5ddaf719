import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedShop, storeHeaders } from "../fixtures"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { startMeilisearchStandIn } from "../../../../plugins/ocop/src/providers/meilisearch/__tests__/meilisearch-server"

/**
 * The whole app with Meilisearch as the Search Module's default provider: the
 * backend boots with MEILISEARCH_HOST pointing at the recording stand-in of the
 * provider's contract tests, so GET /store/ocop/search goes through our provider
 * over HTTP. When the server goes away, the route answers from the PostgreSQL
 * mirror and logs a warning instead of failing.
 */
// medusa-config and the index definitions read MEILISEARCH_HOST when the app loads.
const standIn = await startMeilisearchStandIn()
const previousHost = process.env.MEILISEARCH_HOST
process.env.MEILISEARCH_HOST = standIn.url

afterAll(async () => {
  if (previousHost === undefined) delete process.env.MEILISEARCH_HOST
  else process.env.MEILISEARCH_HOST = previousHost
  await standIn.close()
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let headers: { headers: Record<string, string> }

    beforeAll(async () => {
      const container = getContainer()
      store = await seedShop(container)
      headers = storeHeaders(store)
      await container.resolve<ISearchModuleService>(Modules.SEARCH).reindex()
      await dbUtils.snapshot()
    })

    const search = (query: Record<string, string>) =>
      api
        .get(`/store/ocop/search?${new URLSearchParams(query)}`, headers)
        .catch((e) => e.response)

    describe("GET /store/ocop/search with Meilisearch", () => {
      it("sends the catalog's documents to Meilisearch in batches", () => {
        const batches = standIn.requests.filter(
          (r) =>
            r.method === "POST" &&
            /^\/indexes\/ocop_product[^/]*\/documents$/.test(r.path) &&
            !r.path.includes("ocop_product_pg")
        )
        expect(batches.length).toBeGreaterThan(0)
        const handles = new Set(batches.flatMap((b) => b.body.map((d: any) => d.handle)))
        expect(handles.size).toBe(42)
        expect(handles).toContain("duong-thot-not-set-palmania")
        expect(batches[0].body[0]).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^prod_/),
            stars: expect.any(Number),
            province_code: expect.stringMatching(/^9[12]$/),
            sales_channel_ids: [store.salesChannelId],
          })
        )
      })

      it("queries Meilisearch with the folded words and a quoted filter expression, and maps the answer back", async () => {
        const before = standIn.requests.length
        const res = await search({ q: "Đường Palmania", province: "91", limit: "5" })
        expect(res.status).toBe(200)

        const calls = standIn.requests.slice(before).filter((r) => r.path === "/multi-search")
        expect(calls).toHaveLength(1)
        const [request] = calls[0].body.queries
        expect(request).toEqual(
          expect.objectContaining({
            indexUid: expect.stringMatching(/^ocop_product/),
            q: "duong palmania",
            filter: `(sales_channel_ids IN ["${store.salesChannelId}"] AND province_code IN ["91"])`,
            facets: ["stars", "province_code", "category_set", "producer_id", "in_stock"],
            offset: 0,
            limit: 5,
            matchingStrategy: "all",
          })
        )
        expect(request.indexUid).not.toContain("_pg")

        // The stand-in does not rank or filter: it answers every document it
        // holds, the first five as hits, and counts the facets over all of them.
        expect(res.data).toEqual(
          expect.objectContaining({ count: 42, match: "exact", limit: 5, offset: 0 })
        )
        expect(res.data.degraded).toBeUndefined()
        expect(res.data.products).toHaveLength(5)
        for (const p of res.data.products)
          expect(p).toEqual(
            expect.objectContaining({
              id: expect.stringMatching(/^prod_/),
              handle: expect.any(String),
              stars: expect.any(Number),
              origin: expect.objectContaining({ province_code: expect.stringMatching(/^9[12]$/) }),
            })
          )
        const stars = res.data.facets.stars
        expect(stars.map((f: any) => f.label)).toEqual(["5★", "4★", "3★"])
        expect(stars.reduce((n: number, f: any) => n + f.count, 0)).toBe(42)
        expect(res.data.facets.province.map((f: any) => f.label)).toEqual(
          expect.arrayContaining(["Tỉnh An Giang", "Thành phố Cần Thơ"])
        )
      })

      it("answers from PostgreSQL and logs a warning when Meilisearch is unreachable", async () => {
        const logger = getContainer().resolve(ContainerRegistrationKeys.LOGGER)
        const warnings: string[] = []
        const warn = logger.warn
        logger.warn = ((message: string) => {
          warnings.push(String(message))
        }) as typeof logger.warn
        try {
          await standIn.close()
          const res = await search({ q: "palmania", limit: "10" })
          expect(res.status).toBe(200)
          expect(res.data).toEqual(expect.objectContaining({ degraded: true, match: "exact" }))
          const handles = res.data.products.map((p: any) => p.handle)
          expect(handles).toContain("duong-thot-not-set-palmania")
          expect(res.data.count).toBeLessThan(42)
          expect(warnings.some((w) => w.includes("unreachable"))).toBe(true)
        } finally {
          logger.warn = warn
        }
      })
    })
  },
})
