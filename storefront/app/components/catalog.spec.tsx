// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { render, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { parseCatalogQuery } from "~/lib/catalog-query"
import type { CatalogData } from "~/lib/catalog.server"
import { ocopProduct } from "~/lib/test-fixtures"
import { Catalog } from "./catalog"

function catalogData(search: string, overrides: Partial<CatalogData> = {}): CatalogData {
  return {
    ...parseCatalogQuery(new URLSearchParams(search)),
    products: [ocopProduct()],
    count: 1,
    limit: 12,
    stars: [
      { value: 5, count: 2 },
      { value: 4, count: 13 },
      { value: 3, count: 18 },
    ],
    provinces: [
      { value: "91", label: "Tỉnh An Giang", count: 15 },
      { value: "92", label: "Thành phố Cần Thơ", count: 0 },
    ],
    categories: [{ value: "06", label: "Chế biến từ gạo, ngũ cốc", count: 1 }],
    categoryName: null,
    producers: [{ value: "ocpr_1", label: "Công ty TNHH Sản xuất - Thương mại Tiến Anh", count: 1 }],
    communes: [],
    ...overrides,
  }
}

function renderCatalog(data: CatalogData) {
  const Stub = createRemixStub([
    { path: "/products", Component: () => <Catalog data={data} pathname="/products" />, loader: () => json(null) },
  ])
  return render(<Stub initialEntries={["/products"]} />)
}

describe("Catalog", () => {
  it("is a GET form on /products with every filter labelled and the URL's choices ticked", async () => {
    renderCatalog(catalogData("stars=5&stars=4&province=91"))
    const form = await screen.findByRole("form", { name: "Bộ lọc" })
    expect(form.getAttribute("method")).toBe("get")
    expect(form.getAttribute("action")).toBe("/products")
    expect((within(form).getByRole("checkbox", { name: /5 trên 5 sao/ }) as HTMLInputElement).checked).toBe(true)
    expect((within(form).getByRole("checkbox", { name: /3 trên 5 sao/ }) as HTMLInputElement).checked).toBe(false)
    expect((within(form).getByLabelText("Tỉnh, thành phố") as HTMLSelectElement).value).toBe("91")
    expect(within(form).getByRole("option", { name: "Tỉnh An Giang (15)" })).toBeTruthy()
    expect(within(form).getByRole("button", { name: "Áp dụng" })).toBeTruthy()
  })

  it("lists active filters as links that remove just that filter", async () => {
    renderCatalog(catalogData("stars=5&stars=4&province=91"))
    const chips = await screen.findByRole("list", { name: "Đang lọc" })
    expect(within(chips).getByRole("link", { name: "Bỏ lọc Tỉnh An Giang" }).getAttribute("href")).toBe("/products?stars=5&stars=4")
    expect(within(chips).getByRole("link", { name: "Bỏ lọc 5 sao" }).getAttribute("href")).toBe("/products?stars=4&province=91")
  })

  it("explains an empty result and offers to clear the filters", async () => {
    renderCatalog(catalogData("max_price=1000", { products: [], count: 0 }))
    expect(await screen.findByText("Không có sản phẩm nào khớp với bộ lọc này.")).toBeTruthy()
    expect(screen.getAllByRole("link", { name: "Xóa bộ lọc" }).length).toBeGreaterThan(0)
  })

  it("pages through results with links that keep the filters", async () => {
    renderCatalog(catalogData("stars=4&page=2", { count: 30 }))
    const pages = await screen.findByRole("navigation", { name: "Phân trang" })
    expect(within(pages).getByRole("link", { name: "Trang 2" }).getAttribute("aria-current")).toBe("page")
    expect(within(pages).getByRole("link", { name: "Trang 3" }).getAttribute("href")).toBe("/products?stars=4&page=3")
  })

  it("loads the pictures of the first screen's cards at once, the first before the others, and the rest lazily", async () => {
    const products = [1, 2, 3, 4].map((n) =>
      ocopProduct({ id: `prod_${n}`, handle: `p-${n}`, title: `Sản phẩm ${n}` })
    )
    const { container } = renderCatalog(catalogData("", { products, count: 4 }))
    await screen.findByText("Sản phẩm 4")
    const pictures = [...container.querySelectorAll(".product-grid img")]
    expect(pictures.map((img) => img.getAttribute("loading"))).toEqual(["eager", "eager", "lazy", "lazy"])
    expect(pictures.map((img) => img.getAttribute("fetchpriority"))).toEqual(["high", null, null, null])
  })

  it("names the filter values it had to ignore", async () => {
    renderCatalog(catalogData("stars=9"))
    expect((await screen.findByText(/Đã bỏ qua giá trị không hợp lệ/)).textContent).toContain("stars")
  })
})
