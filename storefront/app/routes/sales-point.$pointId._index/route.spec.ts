import { describe, expect, it, vi } from "vitest"
import { staffCookie } from "~/components/sales-point/staff-test-session"
import { loader } from "./route"

const api = vi.hoisted(() => ({ queries: [] as unknown[] }))
vi.mock("~/lib/data/sales-point-api.server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("~/lib/data/sales-point-api.server")>()),
  listPointStock: async (_token: string, _point: string, query: unknown) => {
    api.queries.push(query)
    return { stock: [], count: 0, facets: { category_sets: ["01"], producers: [] }, low_stock_threshold: 5 }
  },
}))

const point = "ocsp_1"
const get = async (search: string) =>
  loader({ request: new Request(`http://shop.test/sales-point/${point}${search}`, { headers: { cookie: await staffCookie() } }), params: { pointId: point }, context: {} })

describe("GET /sales-point/:pointId (stock)", () => {
  it("asks the API for the chosen set, producer, sort and page", async () => {
    api.queries = []
    const response = (await get("?q=tuong&low=1&set=02&producer=ocpr_1&sort=-available&page=2")) as Response
    expect(response.status).toBe(200)
    expect(api.queries).toEqual([
      { q: "tuong", low_only: true, category_set: "02", producer_id: "ocpr_1", sort: "-available", limit: 25, offset: 25 },
    ])
    expect(await response.json()).toEqual(expect.objectContaining({ categorySet: "02", producerId: "ocpr_1", sort: "-available", facets: { category_sets: ["01"], producers: [] } }))
  })

  it("falls back to every set and low stock first for a hand-edited set or sort", async () => {
    api.queries = []
    await get("?set=99&sort=price")
    expect(api.queries).toEqual([expect.objectContaining({ category_set: "", sort: "low" })])
  })
})
