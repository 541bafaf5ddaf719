import { describe, expect, it } from "vitest"
import { listFeaturedProducts } from "./featured-products"
import { ocopProduct } from "./test-fixtures"

const product = (id: string, status: "active" | "expired") =>
  ocopProduct({ id, handle: id, ocop: { ...ocopProduct().ocop, status } })

/** A catalog stand-in that answers like GET /store/ocop/products for `status`. */
function catalog(products: ReturnType<typeof product>[]) {
  const queries: Record<string, string | number>[] = []
  const list = async (query: Record<string, string | number>) => {
    queries.push(query)
    const found = products.filter((p) => !query.status || p.ocop.status === query.status)
    return { products: found.slice(0, Number(query.limit)), count: found.length } as any
  }
  return { list, queries }
}

describe("home page featured products", () => {
  it("features valid certificates only when there are enough", async () => {
    const { list, queries } = catalog([
      ...Array.from({ length: 5 }, (_, i) => product(`old-${i}`, "expired")),
      ...Array.from({ length: 9 }, (_, i) => product(`valid-${i}`, "active")),
    ])
    const featured = await listFeaturedProducts(list, 8)
    expect(featured).toHaveLength(8)
    expect(featured.every((p) => p.ocop.status === "active")).toBe(true)
    expect(queries).toEqual([{ stars: "4,5", status: "active", limit: 8 }])
  })

  it("fills the strip with expired ones after every valid one", async () => {
    const { list } = catalog([
      product("old-1", "expired"),
      product("valid-1", "active"),
      product("old-2", "expired"),
      product("valid-2", "active"),
      product("old-3", "expired"),
    ])
    const featured = await listFeaturedProducts(list, 4)
    expect(featured.map((p) => p.handle)).toEqual(["valid-1", "valid-2", "old-1", "old-2"])
  })
})
