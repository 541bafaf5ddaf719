// @vitest-environment happy-dom
import { createRemixStub } from "@remix-run/testing"
import { render, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { LocaleContext, type Locale } from "~/lib/i18n"
import type { OcopProductDetail } from "~/lib/ocop-types"
import { ocopProduct, ocopProductDetail } from "~/lib/test-fixtures"
import { RelatedRails } from "./related-rails"

function renderRails(product: OcopProductDetail, locale: Locale = "vi") {
  const Stub = createRemixStub([{ path: "/products/:handle", Component: () => <RelatedRails product={product} /> }])
  return render(
    <LocaleContext.Provider value={locale}>
      <Stub initialEntries={[`/products/${product.handle}`]} />
    </LocaleContext.Provider>
  )
}

const card = (handle: string, title: string) => ocopProduct({ id: `prod_${handle}`, handle, title })

describe("related rails", () => {
  it("shows the producer's goods, the product group and the province's specialities, each with a link to all of them", async () => {
    renderRails(
      ocopProductDetail({
        related: {
          producer: [card("banh-pia-tien-anh", "Bánh pía Tiến Anh")],
          category: [card("banh-phong-tom", "Bánh phồng tôm"), card("com-dep", "Cốm dẹp")],
          province: [card("mam-ca-linh", "Mắm cá linh")],
        },
      })
    )
    const producer = await screen.findByRole("region", { name: "Cùng nhà sản xuất" })
    expect(within(producer).getByRole("link", { name: /Bánh pía Tiến Anh/ }).getAttribute("href")).toBe("/products/banh-pia-tien-anh")
    expect(within(producer).getByRole("link", { name: "Xem tất cả" }).getAttribute("href")).toBe("/producers/tien-anh")
    const group = screen.getByRole("region", { name: "Cùng nhóm sản phẩm" })
    expect(within(group).getAllByRole("listitem")).toHaveLength(2)
    expect(within(group).getByRole("link", { name: "Xem tất cả" }).getAttribute("href")).toBe("/categories/06")
    const province = screen.getByRole("region", { name: "Đặc sản cùng tỉnh" })
    expect(within(province).getByText("Mắm cá linh")).toBeTruthy()
    expect(within(province).getByRole("link", { name: "Xem tất cả" }).getAttribute("href")).toBe("/provinces/91")
  })

  it("hides a rail with nothing on it, and all of them when the product came without rails", async () => {
    const { unmount } = renderRails(
      ocopProductDetail({ related: { producer: [], category: [], province: [card("mam-ca-linh", "Mắm cá linh")] } })
    )
    await screen.findByRole("region", { name: "Đặc sản cùng tỉnh" })
    expect(screen.queryByRole("region", { name: "Cùng nhà sản xuất" })).toBeNull()
    expect(screen.queryByRole("region", { name: "Cùng nhóm sản phẩm" })).toBeNull()
    unmount()
    const { container } = renderRails(ocopProductDetail({ related: { producer: [], category: [], province: [] } }))
    expect(container.querySelector(".rail")).toBeNull()
    expect(screen.queryAllByRole("region")).toHaveLength(0)
  })

  it("names the rails in English on English pages", async () => {
    renderRails(ocopProductDetail({ related: { producer: [card("a", "A")], category: [card("b", "B")], province: [card("c", "C")] } }), "en")
    await screen.findByRole("region", { name: "From the same producer" })
    expect(screen.getByRole("region", { name: "In the same product group" })).toBeTruthy()
    expect(screen.getByRole("region", { name: "Specialities of the same province" })).toBeTruthy()
  })
})
