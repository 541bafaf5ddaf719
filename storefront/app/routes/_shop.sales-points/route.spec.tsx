// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { render, screen, within } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import type {
  OcopSalesPoint,
  OcopSalesPointAvailability,
} from "~/lib/data/ocop-sales-points.server"
import { LocaleContext, type Locale } from "~/lib/i18n"
import { ProductSalesPoints } from "./product-sales-points"
import SalesPointsRoute, { loader } from "./route"

const listed = vi.hoisted(() => ({ points: [] as unknown[] }))
vi.mock("~/lib/data/ocop-sales-points.server", () => ({
  listSalesPoints: async () => listed.points,
}))

function point(overrides: Partial<OcopSalesPoint> = {}): OcopSalesPoint {
  return {
    id: "ocsp_1",
    handle: "trung-tam-ocop-long-xuyen",
    name: "Trung tâm OCOP Long Xuyên",
    kind: "centre",
    address: "Khu trung tâm Phường Long Xuyên, tỉnh An Giang",
    commune: { code: "30307", name: "Phường Long Xuyên" },
    province: { code: "91", name: "Tỉnh An Giang" },
    opening_hours: "7:00–21:00 hằng ngày",
    phone: "0296 000 0101",
    latitude: 10.38,
    longitude: 105.43,
    operator: null,
    opened_on: null,
    is_illustrative: false,
    ...overrides,
  }
}

const canTho = point({
  id: "ocsp_2",
  name: "Trung tâm OCOP Cần Thơ",
  province: { code: "92", name: "Thành phố Cần Thơ" },
  phone: null,
  is_illustrative: true,
})
const chauDoc = point({
  id: "ocsp_3",
  name: "Điểm OCOP Châu Đốc",
  kind: "point",
})

async function loaded(points: OcopSalesPoint[]) {
  listed.points = points
  const response = await loader({
    request: new Request("http://shop.test/sales-points"),
    params: {},
    context: {},
  })
  return response.json()
}

function renderPage(data: unknown, locale: Locale = "vi") {
  const Stub = createRemixStub([
    {
      path: "/sales-points",
      Component: SalesPointsRoute,
      loader: () => json(data),
    },
  ])
  return render(
    <LocaleContext.Provider value={locale}>
      <Stub initialEntries={["/sales-points"]} />
    </LocaleContext.Provider>
  )
}

function renderBlock(
  points: OcopSalesPointAvailability[] | null,
  locale: Locale = "vi"
) {
  const Stub = createRemixStub([
    { path: "/", Component: () => <ProductSalesPoints points={points} /> },
  ])
  return render(
    <LocaleContext.Provider value={locale}>
      <Stub initialEntries={["/"]} />
    </LocaleContext.Provider>
  )
}

describe("/sales-points", () => {
  it("lists the points under their province, with address, hours and a phone number to call", async () => {
    renderPage(await loaded([point(), chauDoc, canTho]))
    const anGiang = await screen.findByRole("region", { name: "Tỉnh An Giang" })
    expect(
      within(anGiang)
        .getAllByRole("article")
        .map((a) => a.querySelector("h3")?.textContent)
    ).toEqual(["Trung tâm OCOP Long Xuyên", "Điểm OCOP Châu Đốc"])
    const longXuyen = within(anGiang).getByRole("article", {
      name: "Trung tâm OCOP Long Xuyên",
    })
    expect(within(longXuyen).getByText("Trung tâm OCOP")).toBeTruthy()
    expect(within(longXuyen).getByText("7:00–21:00 hằng ngày")).toBeTruthy()
    expect(
      within(longXuyen)
        .getByRole("link", { name: "0296 000 0101" })
        .getAttribute("href")
    ).toBe("tel:02960000101")
    const canThoRegion = screen.getByRole("region", {
      name: "Thành phố Cần Thơ",
    })
    expect(within(canThoRegion).getByText("chưa ghi nhận")).toBeTruthy()
    expect(within(canThoRegion).getByText(/thông tin minh họa/)).toBeTruthy()
    expect(
      screen
        .getByRole("link", { name: "Tỉnh An Giang (2)" })
        .getAttribute("href")
    ).toBe("#province-91")
  })

  it("says so when there is no sales point yet", async () => {
    renderPage(await loaded([]))
    expect(await screen.findByText(/Chưa có điểm bán nào/)).toBeTruthy()
    expect(screen.queryByRole("article")).toBeNull()
  })

  it("speaks English when asked", async () => {
    renderPage(await loaded([point()]), "en")
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "OCOP showrooms and sales points",
      })
    ).toBeTruthy()
    expect(screen.getByText("Opening hours")).toBeTruthy()
  })
})

describe("the product page's sales points", () => {
  it("says in stock or few left at each point, never how many", async () => {
    renderBlock([
      { ...point(), availability: "in_stock" },
      { ...chauDoc, availability: "few_left" },
    ])
    const block = await screen.findByRole("region", {
      name: "Mua tận nơi tại điểm bán OCOP",
    })
    expect(
      within(
        within(block).getByRole("article", {
          name: "Trung tâm OCOP Long Xuyên",
        })
      ).getByText("Còn hàng")
    ).toBeTruthy()
    expect(
      within(
        within(block).getByRole("article", { name: "Điểm OCOP Châu Đốc" })
      ).getByText("Sắp hết hàng")
    ).toBeTruthy()
    expect(
      within(block)
        .getByRole("link", { name: "Xem tất cả điểm bán OCOP" })
        .getAttribute("href")
    ).toBe("/sales-points")
  })

  it("tells the shopper when no point has it, and when the list could not be loaded", async () => {
    const { unmount } = renderBlock([])
    expect(
      await screen.findByText(/Hiện chưa có điểm bán nào còn sản phẩm này/)
    ).toBeTruthy()
    unmount()
    renderBlock(null, "en")
    expect((await screen.findByRole("status")).textContent).toContain(
      "could not be loaded"
    )
  })
})
