// @vitest-environment happy-dom
import { FetchError } from "@medusajs/js-sdk"
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { LocaleContext, type Locale } from "~/lib/i18n"
import type { OcopProductDetail } from "~/lib/ocop-types"
import { categoryName } from "~/lib/ocop"
import { ocopProductDetail } from "~/lib/test-fixtures"
import ProductRoute, { action, loader } from "./route"

const api = vi.hoisted(() => ({
  product: null as OcopProductDetail | null,
  addLineItem: async (..._args: unknown[]): Promise<unknown> => ({ items: [] }),
}))
vi.mock("~/lib/data/ocop-products.server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("~/lib/data/ocop-products.server")>()),
  getOcopProduct: async () => api.product,
}))
vi.mock("~/lib/cart.server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("~/lib/cart.server")>()),
  getOrCreateSessionCart: async () => ({ id: "cart_1", items: [] }),
}))
vi.mock("~/lib/data/carts.server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("~/lib/data/carts.server")>()),
  addLineItem: (...args: unknown[]) => api.addLineItem(...args),
}))

function renderProduct(product: OcopProductDetail, locale: Locale = "vi") {
  // What the loader sends: the criteria set named in the page's language.
  const data = { product, categoryName: categoryName(product.ocop.category, locale), locale, url: "http://shop.test/products/x", traceUrl: "http://shop.test/trace/x", qrSvg: "<svg></svg>", notice: null }
  const Stub = createRemixStub([{ path: "/products/:handle", Component: ProductRoute, loader: () => json(data) }])
  return render(
    <LocaleContext.Provider value={locale}>
      <Stub initialEntries={[`/products/${product.handle}`]} />
    </LocaleContext.Provider>
  )
}

const valueOf = (region: HTMLElement, term: string) => {
  const dt = within(region).getAllByText(term, { selector: "dt" })[0]
  return (dt.nextElementSibling?.textContent ?? "").replace(/\s+/g, " ").trim()
}

describe("product page", () => {
  it("in English, names the product in English with the certificate's Vietnamese name marked as Vietnamese", async () => {
    const base = ocopProductDetail()
    // The store API answered in English: the title and packs are translated, the original kept.
    renderProduct(
      {
        ...base,
        title: "Vietnamese almond-shaped cookies",
        description_en: "Vietnamese almond-shaped cookies – Bánh hạnh nhân Tiến Anh – are a 4-star OCOP product.",
        variants: base.variants.map((v) => ({ ...v, title: v.title.replace("Hộp", "Box,") })),
      },
      "en"
    )
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("Vietnamese almond-shaped cookies")
    const original = screen.getByText("Bánh hạnh nhân Tiến Anh", { selector: "p" })
    expect(original.getAttribute("lang")).toBe("vi")
    expect(screen.queryAllByText(/Hộp/)).toHaveLength(0)
    // The description quotes the certified name: marked too, for screen readers.
    const quoted = screen.getByText("Bánh hạnh nhân Tiến Anh", { selector: "span" })
    expect(quoted.getAttribute("lang")).toBe("vi")
  })

  it("shows buyers' mean stars, the units sold and each review with its photos and the producer's reply", async () => {
    renderProduct(
      ocopProductDetail({
        rating: { average: 4.5, count: 2 },
        sold: 37,
        reviews: [
          {
            id: "ocrv_1",
            product_id: "prod_1",
            rating: 5,
            body: "Bánh thơm, giòn, hộp còn nguyên.",
            photos: ["http://localhost:9000/uploads/hop-banh.png", "javascript:alert(1)"],
            author_name: "Lan N.",
            created_at: "2026-12-01T08:00:00.000Z",
            reply: "Cảm ơn chị Lan đã tin dùng.",
            replied_at: "2026-12-02T08:00:00.000Z",
          },
        ],
      })
    )
    const reviews = await screen.findByRole("region", { name: "Đánh giá của người mua" })
    expect(within(reviews).getByText("4,5/5 · 2 đánh giá")).toBeTruthy()
    expect(screen.getByText("Đã bán 37")).toBeTruthy()
    expect(screen.getByRole("link", { name: /4,5 trên 5 sao, 2 đánh giá/ }).getAttribute("href")).toBe("#reviews")
    const review = within(reviews).getByRole("article")
    expect(within(review).getByRole("img", { name: "5 trên 5 sao" })).toBeTruthy()
    expect(within(review).getByText("Lan N.")).toBeTruthy()
    expect(within(review).getByText("Bánh thơm, giòn, hộp còn nguyên.")).toBeTruthy()
    expect(within(review).getByText("Cảm ơn chị Lan đã tin dùng.")).toBeTruthy()
    // Only our own upload is drawn; a script URL renders nothing.
    expect(within(review).getAllByRole("img", { name: /Ảnh của người mua/ }).map((i) => i.getAttribute("src"))).toEqual([
      "http://localhost:9000/uploads/hop-banh.png",
    ])
  })

  it("says no one has reviewed it yet, and shows no stars or sold count", async () => {
    renderProduct(ocopProductDetail())
    const reviews = await screen.findByRole("region", { name: "Đánh giá của người mua" })
    expect(within(reviews).getByText(/Chưa có đánh giá/)).toBeTruthy()
    expect(screen.queryByText(/Đã bán/)).toBeNull()
  })

  it("shows a valid certificate as a current OCOP claim with its decision, level and expiry", async () => {
    renderProduct(ocopProductDetail())
    expect(await screen.findByText("Sản phẩm OCOP 4 sao, chứng nhận còn hiệu lực")).toBeTruthy()
    const provenance = screen.getByRole("region", { name: "Nguồn gốc và chứng nhận OCOP" })
    expect(valueOf(provenance, "Quyết định công nhận")).toBe("912/QĐ-UBND, ngày 04/06/2024")
    expect(valueOf(provenance, "Cấp công nhận")).toBe("Cấp tỉnh")
    expect(valueOf(provenance, "Hiệu lực đến")).toBe("04/06/2027")
    expect(within(provenance).getByRole("link", { name: "Công ty TNHH Sản xuất - Thương mại Tiến Anh" }).getAttribute("href")).toBe("/producers/tien-anh")
    expect(screen.queryByText("Chứng nhận OCOP đã hết hạn")).toBeNull()
  })

  it("says plainly when the certificate expired and shows the stars only as history", async () => {
    const base = ocopProductDetail()
    renderProduct({ ...base, is_ocop: false, ocop: { ...base.ocop, status: "expired", recognized_year: 2022, valid_until: "2025-10-10" } })
    const notice = await screen.findByRole("note", { name: "Chứng nhận OCOP đã hết hạn" })
    expect(notice.textContent).toContain("Chứng nhận OCOP đã hết hạn ngày 10/10/2025.")
    expect(screen.queryByText(/chứng nhận còn hiệu lực/)).toBeNull()
    const provenance = screen.getByRole("region", { name: "Nguồn gốc và chứng nhận OCOP" })
    expect(valueOf(provenance, "Hạng sao")).toBe("★★★★★ Đã đạt 4 sao năm 2022")
  })

  it("marks what the certificate does not record instead of inventing it", async () => {
    const base = ocopProductDetail()
    renderProduct({
      ...base,
      producer: null,
      ocop: { ...base.ocop, score: null, decision_number: null, decision_date: null, issuing_body: null, valid_until: null },
      origin: { ...base.origin, commune_code: null, commune_name: null, note: "Chưa ghi nhận xã." },
    })
    const provenance = await screen.findByRole("region", { name: "Nguồn gốc và chứng nhận OCOP" })
    // No row carries a made-up value; the missing facts are named, once, together.
    const lines = within(provenance).getAllByText(/^Hồ sơ công bố chưa ghi nhận:/).map((p) => p.textContent)
    expect(lines).toEqual([
      "Hồ sơ công bố chưa ghi nhận: điểm đánh giá, quyết định công nhận, cơ quan công nhận, hiệu lực đến.",
      "Hồ sơ công bố chưa ghi nhận: chủ thể sản xuất, loại hình.",
    ])
    for (const term of ["Điểm đánh giá", "Quyết định công nhận", "Cơ quan công nhận", "Hiệu lực đến", "Chủ thể sản xuất", "Loại hình"]) {
      expect(within(provenance).queryByText(term, { selector: "dt" }), term).toBeNull()
    }
    // The record's own reason for a missing commune keeps its row.
    expect(valueOf(provenance, "Xã, phường")).toBe("chưa ghi nhận (Chưa ghi nhận xã.)")
  })

  it("warns that alcohol is sold to adults only", async () => {
    const base = ocopProductDetail()
    renderProduct({ ...base, shop: { ...base.shop, age_restricted: true } })
    expect((await screen.findByRole("note", { name: "" })).textContent).toContain("chỉ bán cho người từ 18 tuổi trở lên")
  })

  it("speaks English when asked, with the English name and dates in words", async () => {
    renderProduct(ocopProductDetail(), "en")
    expect(await screen.findByText("Vietnamese almond-shaped cookies")).toBeTruthy()
    const provenance = screen.getByRole("region", { name: "Origin and OCOP certificate" })
    expect(valueOf(provenance, "Valid until")).toBe("4 June 2027")
    // The buy box's own button and the phone buy bar's (CSS shows one of them per screen width).
    expect(screen.getAllByRole("button", { name: "Add to cart" })).toHaveLength(2)
  })

  it("says 'Tạm hết hàng' instead of offering the cart when no pack is in stock, and promises no delivery", async () => {
    const base = ocopProductDetail()
    renderProduct({ ...base, variants: base.variants.map((v) => ({ ...v, in_stock: false })) })
    expect(await screen.findByText("Tạm hết hàng")).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Thêm vào giỏ" })).toBeNull()
    expect(screen.queryByText(/vẫn có thể đặt giao tận nhà/)).toBeNull()
  })
})

describe("POST /products/:handle", () => {
  const post = (fields: Record<string, string>) =>
    new Request("http://shop.test/products/banh-hanh-nhan-tien-anh", { method: "POST", body: new URLSearchParams(fields) })

  it("shows the store's reason when the cart refuses the line, instead of failing", async () => {
    api.product = ocopProductDetail()
    api.addLineItem = async () => {
      throw new FetchError("Some variant does not have the required inventory", "Bad Request", 400)
    }
    const response = (await action({ request: post({ variantId: "variant_250", quantity: "1" }), params: { handle: api.product.handle }, context: {} })) as Response
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.result.error[""]).toEqual(["Some variant does not have the required inventory"])
  })
})

describe("GET /products/:handle", () => {
  it("sends an old link to the listing's current handle for good (301)", async () => {
    api.product = ocopProductDetail({ handle: "keo-thot-not" })
    const response = (await loader({ request: new Request("http://shop.test/products/k%E1%BA%B9o-th%E1%BB%91t-n%E1%BB%91t"), params: { handle: "kẹo-thốt-nốt" }, context: {} })) as Response
    expect(response.status).toBe(301)
    expect(response.headers.get("location")).toBe("/products/keo-thot-not")
  })
})

describe("product page gallery, buy bar and heart", () => {
  const pictures = [
    { id: "img_1", url: "http://localhost:9000/uploads/hop-banh.png" },
    { id: "img_2", url: "http://localhost:9000/uploads/banh-can.png" },
    { id: "img_3", url: "javascript:alert(1)" },
    { id: "img_4", url: "http://localhost:9000/uploads/banh-mo.png" },
  ]

  it("shows every safe picture, thumbnails to choose one, and opens one large in a dialog", async () => {
    renderProduct(ocopProductDetail({ images: pictures }))
    const gallery = await screen.findByRole("region", { name: "Hình ảnh sản phẩm" })
    const zooms = within(gallery).getAllByRole("button", { name: /Phóng to ảnh/ })
    expect(zooms).toHaveLength(3)
    const thumbs = within(within(gallery).getByRole("list", { name: "Chọn ảnh" })).getAllByRole("link")
    expect(thumbs.map((a) => a.getAttribute("aria-label"))).toEqual(["Ảnh 1 trên 3", "Ảnh 2 trên 3", "Ảnh 3 trên 3"])
    expect(thumbs[0].getAttribute("aria-current")).toBe("true")
    fireEvent.click(thumbs[2])
    expect(thumbs[2].getAttribute("aria-current")).toBe("true")
    expect(thumbs[0].getAttribute("aria-current")).toBeNull()

    fireEvent.click(zooms[1])
    const dialog = gallery.querySelector("dialog")!
    expect(dialog.open).toBe(true)
    expect(within(dialog).getByRole("img").getAttribute("src")).toBe("http://localhost:9000/uploads/banh-can.png")
    expect(within(dialog).getByRole("button", { name: "Đóng ảnh phóng to" })).toBeTruthy()
  })

  it("shows a single picture alone, without thumbnails", async () => {
    renderProduct(ocopProductDetail({ images: pictures.slice(0, 1) }))
    const gallery = await screen.findByRole("region", { name: "Hình ảnh sản phẩm" })
    expect(within(gallery).getAllByRole("button", { name: /Phóng to ảnh/ })).toHaveLength(1)
    expect(within(gallery).queryByRole("list", { name: "Chọn ảnh" })).toBeNull()
  })

  it("puts the price and an add-to-cart button for the buy box's choice in the phone buy bar", async () => {
    renderProduct(ocopProductDetail())
    const bar = await screen.findByRole("region", { name: "Mua nhanh" })
    const button = within(bar).getByRole("button", { name: "Thêm vào giỏ" })
    const form = document.getElementById(button.getAttribute("form") ?? "")
    expect(form?.tagName).toBe("FORM")
    expect(form?.querySelector("input[name='quantity']")).toBeTruthy()
    expect(bar.textContent).toContain("₫")
  })

  it("keeps a guest's heart in this browser and says so with aria-pressed", async () => {
    window.localStorage.clear()
    const product = ocopProductDetail()
    renderProduct(product)
    const heart = await screen.findByRole("button", { name: `Yêu thích: ${product.title}` })
    expect(heart.getAttribute("aria-pressed")).toBe("false")
    // The heart follows the browser's list once its subscription is in place, which may
    // come a tick after the button shows (a passive effect): wait for it, as a shopper would.
    fireEvent.click(heart)
    await waitFor(() => expect(heart.getAttribute("aria-pressed")).toBe("true"))
    expect(JSON.parse(window.localStorage.getItem("ocop.wishlist") ?? "[]")).toEqual([product.id])
    fireEvent.click(heart)
    await waitFor(() => expect(heart.getAttribute("aria-pressed")).toBe("false"))
    expect(window.localStorage.getItem("ocop.wishlist")).toBeNull()
  })
})
