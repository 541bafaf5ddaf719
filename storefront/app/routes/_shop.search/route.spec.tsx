// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { render, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { parseCatalogQuery } from "~/lib/catalog-query"
import { LocaleContext, type Locale } from "~/lib/i18n"
import type { CatalogData } from "~/lib/catalog.server"
import type { OcopSearchHit } from "~/lib/data/ocop-search.server"
import { ocopProduct } from "~/lib/test-fixtures"
import SearchRoute, { loader } from "./route"
import { searchHitToProduct } from "./search-source.server"

function hit(overrides: Partial<OcopSearchHit> = {}): OcopSearchHit {
  return {
    id: "prod_9",
    handle: "nuoc-mam-phu-quoc-40-do-dam-khai-hoan",
    title: "Nước mắm Phú Quốc 40 độ đạm Khải Hoàn",
    title_en: "Phú Quốc fish sauce 40°N (Khải Hoàn)",
    thumbnail: null,
    price_vnd: 80000,
    stars: 4,
    is_ocop: false,
    certification_status: "expired",
    recognized_year: 2021,
    valid_until: "2024-10-10",
    in_stock: true,
    producer: {
      id: "ocpr_9",
      handle: "khai-hoan",
      name: "Công ty cổ phần Thương mại Khải Hoàn",
    },
    origin: {
      commune_code: "30900",
      commune_name: "Đặc khu Phú Quốc",
      province_code: "91",
      province_name: "Tỉnh An Giang",
    },
    ...overrides,
  }
}

function searchData(
  search: string,
  overrides: Partial<CatalogData> = {},
  page: Record<string, unknown> = {}
) {
  const catalog: CatalogData = {
    ...parseCatalogQuery(new URLSearchParams(search)),
    products: [ocopProduct()],
    count: 1,
    limit: 12,
    stars: [
      { value: 5, count: 0 },
      { value: 4, count: 1 },
      { value: 3, count: 0 },
    ],
    provinces: [{ value: "91", label: "Tỉnh An Giang", count: 1 }],
    categories: [{ value: "06", label: "Chế biến từ gạo, ngũ cốc", count: 1 }],
    categoryName: null,
    producers: [],
    communes: [],
    ...overrides,
  }
  return {
    locale: "vi",
    url: "http://shop.test/search",
    catalog,
    match: "exact",
    corrected: null,
    near: [],
    groups: [
      {
        value: "08",
        label: "Chế biến từ thịt, trứng, sữa, thủy sản",
        count: 12,
      },
      {
        value: "04",
        label: "Mật ong, mật khác và nông sản thực phẩm khác",
        count: 6,
      },
    ],
    ...page,
  }
}

function renderSearch(
  data: ReturnType<typeof searchData>,
  entry: string,
  locale: Locale = "vi"
) {
  const Stub = createRemixStub([
    { path: "/search", Component: SearchRoute, loader: () => json(data) },
  ])
  return render(
    <LocaleContext.Provider value={locale}>
      <Stub initialEntries={[entry]} />
    </LocaleContext.Provider>
  )
}

describe("GET /search", () => {
  it("sends an empty search to the catalog, keeping the filters", async () => {
    const request = new Request("http://shop.test/search?q=%20%20&stars=4")
    const response = await loader({ request, params: {}, context: {} }).catch(
      (thrown: Response) => thrown
    )
    expect(response.status).toBe(302)
    expect(response.headers.get("location")).toBe("/products?stars=4")
  })

  it("sends a filter form posted without JavaScript to the short URL", async () => {
    const request = new Request(
      "http://shop.test/search?q=mat+ong&stars=5&province=&commune=&order=recommended"
    )
    const response = await loader({ request, params: {}, context: {} }).catch(
      (thrown: Response) => thrown
    )
    expect(response.status).toBe(302)
    expect(response.headers.get("location")).toBe("/search?q=mat+ong&stars=5")
  })
})

describe("search results page", () => {
  it("echoes the query, counts the results and offers the catalog's filters with search's orders", async () => {
    renderSearch(searchData("q=banh+hanh+nhan"), "/search?q=banh+hanh+nhan")
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Kết quả tìm kiếm cho “banh hanh nhan”",
      })
    ).toBeTruthy()
    expect(screen.getByText("1 sản phẩm")).toBeTruthy()
    expect(
      screen
        .getByRole("link", { name: /Bánh hạnh nhân Tiến Anh/ })
        .getAttribute("href")
    ).toBe("/products/banh-hanh-nhan-tien-anh")
    const form = screen.getByRole("form", { name: "Bộ lọc" })
    expect(form.getAttribute("action")).toBe("/search")
    expect(
      (within(form).getByLabelText("Từ khóa") as HTMLInputElement).value
    ).toBe("banh hanh nhan")
    // The search index has no certificate-status filter and no title order.
    expect(within(form).queryByRole("group", { name: "Chứng nhận" })).toBeNull()
    const sort = screen.getByLabelText("Sắp xếp") as HTMLSelectElement
    expect([...sort.options].map((o) => o.textContent)).toEqual([
      "Phù hợp nhất",
      "Sao cao trước",
      "Sao thấp trước",
      "Giá tăng dần",
      "Giá giảm dần",
      "Mới nhất",
    ])
    expect(
      screen
        .getAllByRole("link", { name: "Xóa bộ lọc" })[0]
        .getAttribute("href")
    ).toBe("/search?q=banh+hanh+nhan")
    expect(screen.queryByText(/Kết quả gần đúng/)).toBeNull()
  })

  it("says when the results only matched after correcting a typo, and what it searched", async () => {
    const products = [searchHitToProduct(hit())]
    renderSearch(
      searchData(
        "q=nuoc+mam+phu+quox",
        { products },
        { match: "typo", corrected: "nuoc mam phu quoc" }
      ),
      "/search?q=nuoc+mam+phu+quox"
    )
    const notice = await screen.findByText(/Kết quả gần đúng/)
    expect(notice.textContent).toContain(
      "Kết quả gần đúng cho “nuoc mam phu quox”"
    )
    expect(notice.textContent).toContain("“nuoc mam phu quoc”")
    const card = screen
      .getByRole("link", { name: /Nước mắm Phú Quốc/ })
      .closest("article")!
    // From the search index: price and origin shown, and an expired certificate never as a current claim.
    expect(card.textContent).toContain("80.000")
    expect(card.textContent).toContain("Đặc khu Phú Quốc, Tỉnh An Giang")
    expect(card.textContent).toContain("Chứng nhận hết hạn")
    expect(within(card).queryByText("OCOP")).toBeNull()
    // …with the year it was earned, as the catalog's card says it.
    expect(card.textContent).toContain("Đã đạt 4 sao năm 2021")
  })

  it("never leaves an empty page: near matches from the API and the largest product groups to browse", async () => {
    const near = [
      searchHitToProduct(hit()),
      searchHitToProduct(
        hit({
          id: "prod_3",
          handle: "mam-ca-chot",
          title: "Mắm cá chốt Bà Giáo Khỏe",
          is_ocop: true,
          certification_status: "active",
          recognized_year: 2024,
          valid_until: "2027-05-31",
        })
      ),
    ]
    renderSearch(
      searchData(
        "q=nuoc+mam+ca+com",
        { products: [], count: 0 },
        { match: "near", near }
      ),
      "/search?q=nuoc+mam+ca+com"
    )
    expect(
      await screen.findByText(
        "Không tìm thấy sản phẩm nào cho “nuoc mam ca com”."
      )
    ).toBeTruthy()
    const nearSection = screen.getByRole("region", {
      name: "Có thể bạn đang tìm",
    })
    expect(
      within(nearSection)
        .getAllByRole("link")
        .map((a) => a.getAttribute("href"))
    ).toEqual([
      "/products/nuoc-mam-phu-quoc-40-do-dam-khai-hoan",
      "/products/mam-ca-chot",
    ])
    const groups = screen.getByRole("region", {
      name: "Xem theo nhóm sản phẩm",
    })
    expect(
      within(groups)
        .getByRole("link", { name: /^Chế biến từ thịt/ })
        .getAttribute("href")
    ).toBe("/categories/08")
    expect(
      screen
        .getByRole("link", { name: "Xem tất cả sản phẩm" })
        .getAttribute("href")
    ).toBe("/products")
    expect(screen.getByText("0 sản phẩm")).toBeTruthy()
  })

  it("still helps when nothing is near: the hint, product groups and the way back to the catalog", async () => {
    renderSearch(
      searchData(
        "q=xyzzy",
        { products: [], count: 0 },
        { match: "near", near: [] }
      ),
      "/search?q=xyzzy"
    )
    expect(
      await screen.findByText("Không tìm thấy sản phẩm nào cho “xyzzy”.")
    ).toBeTruthy()
    expect(screen.getByText(/Kiểm tra lại chính tả/)).toBeTruthy()
    expect(
      screen.queryByRole("region", { name: "Có thể bạn đang tìm" })
    ).toBeNull()
    expect(
      within(
        screen.getByRole("region", { name: "Xem theo nhóm sản phẩm" })
      ).getAllByRole("link")
    ).toHaveLength(2)
  })

  it("offers to drop the filters when they are what leaves nothing", async () => {
    renderSearch(
      searchData(
        "q=mat+ong&stars=5&province=91",
        { products: [], count: 0 },
        { match: "exact" }
      ),
      "/search?q=mat+ong&stars=5&province=91"
    )
    expect(
      await screen.findByText(
        "Không có sản phẩm nào cho “mat ong” với bộ lọc đang chọn."
      )
    ).toBeTruthy()
    expect(
      screen
        .getByRole("link", { name: "Bỏ bộ lọc, chỉ tìm “mat ong”" })
        .getAttribute("href")
    ).toBe("/search?q=mat+ong")
  })

  it("speaks English when the shopper chose it", async () => {
    const products = [searchHitToProduct(hit())]
    renderSearch(
      searchData(
        "q=nuoc+mam+phu+quox",
        { products },
        { match: "typo", corrected: "nuoc mam phu quoc" }
      ),
      "/search?q=nuoc+mam+phu+quox",
      "en"
    )
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Search results for “nuoc mam phu quox”",
      })
    ).toBeTruthy()
    expect(
      screen.getByText(/^Near matches for “nuoc mam phu quox”/).textContent
    ).toContain("the results for “nuoc mam phu quoc”")
    expect(
      [...(screen.getByLabelText("Sort by") as HTMLSelectElement).options][0]
        .textContent
    ).toBe("Best match")
  })
})
