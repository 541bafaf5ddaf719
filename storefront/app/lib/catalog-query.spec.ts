import { describe, expect, it } from "vitest"
import { catalogHref, parseCatalogQuery, toApiQuery } from "./catalog-query"

const parse = (search: string) => parseCatalogQuery(new URLSearchParams(search))

describe("parseCatalogQuery", () => {
  it("reads the filters a shared link carries", () => {
    const { query, ignored } = parse("stars=4&stars=5&province=91&commune=30628&category=06&producer=tien-anh&min_price=20000&max_price=100000&order=-stars&page=2&q=bánh")
    expect(ignored).toEqual([])
    expect(query).toEqual({
      q: "bánh",
      stars: [5, 4],
      province: "91",
      commune: "30628",
      category: "06",
      producer: "tien-anh",
      min_price: 20000,
      max_price: 100000,
      order: "-stars",
      page: 2,
    })
  })

  it("accepts stars as a comma list too, without duplicates", () => {
    expect(parse("stars=4,5&stars=5").query.stars).toEqual([5, 4])
  })

  it("drops values that would make the store API answer 400, and names them", () => {
    const { query, ignored } = parse("stars=9&province=An%20Giang&commune=123&min_price=-5&order=cheapest&page=0&status=old")
    expect(query).toEqual({ stars: [], order: "recommended", page: 1 })
    expect(ignored.sort()).toEqual(["commune", "min_price", "order", "page", "province", "stars", "status"])
  })

  it("drops a maximum price below the minimum", () => {
    const { query, ignored } = parse("min_price=50000&max_price=10000")
    expect(query.min_price).toBe(50000)
    expect(query.max_price).toBeUndefined()
    expect(ignored).toEqual(["max_price"])
  })

  it("reads prices typed with thousand dots", () => {
    expect(parse("max_price=100.000").query.max_price).toBe(100000)
  })

  it("treats empty fields from a form sent without JavaScript as absent", () => {
    expect(parse("q=&status=&province=&min_price=").query).toEqual({ stars: [], order: "recommended", page: 1 })
  })
})

describe("toApiQuery", () => {
  it("turns the page into an offset and leaves defaults out", () => {
    const { query } = parse("stars=5&stars=4&province=91&page=3")
    expect(toApiQuery(query, 12)).toEqual({ stars: "5,4", province: "91", limit: 12, offset: 24 })
  })
})

describe("catalogHref", () => {
  it("keeps the other filters and starts again at page 1 when a filter changes", () => {
    const { query } = parse("stars=4&province=91&page=3")
    expect(catalogHref("/products", query, { province: undefined })).toBe("/products?stars=4")
    expect(catalogHref("/products", query, { page: 2 })).toBe("/products?stars=4&province=91&page=2")
  })

  it("gives the bare path when nothing is filtered", () => {
    expect(catalogHref("/products", parse("").query)).toBe("/products")
  })
})
