import type { Browser } from "playwright-core"
import { getOrderAsAdmin } from "./support/admin"
import { launchBrowser, openShop, factOf, screenshot, textOf, waitForHydration } from "./support/browser"
import { placeOrder } from "./support/shop"

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe("a guest shopper", () => {
  it("filters 4★+ products from An Giang, checks the provenance and buys one with cash on delivery", async () => {
    const { page, context, errors } = await openShop(browser)

    await page.goto("/")
    await waitForHydration(page)
    await page.getByRole("heading", { level: 1 }).waitFor()
    await screenshot(page, "01-home")

    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Sản phẩm" }).click()
    await page.waitForURL("**/products")
    await waitForHydration(page)
    const filters = page.getByRole("form", { name: "Bộ lọc" })
    await filters.getByRole("checkbox", { name: /5 trên 5 sao/ }).check()
    await page.waitForURL(/stars=5/)
    await filters.getByRole("checkbox", { name: /4 trên 5 sao/ }).check()
    await page.waitForURL(/stars=4/)
    await filters.getByLabel("Tỉnh, thành phố").selectOption("91")
    await page.waitForURL(/province=91/)
    const chips = page.getByRole("list", { name: "Đang lọc" })
    await chips.getByRole("link", { name: "Bỏ lọc Tỉnh An Giang" }).waitFor()
    const url = new URL(page.url())
    expect(url.searchParams.getAll("stars").sort()).toEqual(["4", "5"])
    expect(url.searchParams.get("province")).toBe("91")
    expect(await chips.getByRole("link").allTextContents()).toEqual(["5 sao", "4 sao", "Tỉnh An Giang"])
    await screenshot(page, "02-catalog-4-5-stars-an-giang")

    // Every card shown is 4★ or 5★ from An Giang; expired ones say so instead of showing the OCOP mark.
    const cards = page.locator(".product-card")
    expect(await cards.count()).toBeGreaterThan(0)
    for (const origin of await cards.locator(".product-card__origin").allTextContents()) {
      expect(origin).toContain("An Giang")
    }

    await page.getByRole("link", { name: "Bánh hạnh nhân Tiến Anh" }).click()
    await page.waitForURL("**/products/banh-hanh-nhan-tien-anh")
    await waitForHydration(page)
    const provenance = page.getByRole("region", { name: "Nguồn gốc và chứng nhận OCOP" })
    expect(await factOf(provenance, "Chủ thể sản xuất")).toBe("Công ty TNHH Sản xuất - Thương mại Tiến Anh")
    expect(await factOf(provenance, "Loại hình")).toBe("Doanh nghiệp")
    expect(await factOf(provenance, "Xã, phường")).toBe("Xã Chợ Mới")
    expect(await factOf(provenance, "Tỉnh, thành phố")).toBe("Tỉnh An Giang")
    expect(await factOf(provenance, "Quyết định công nhận")).toBe("912/QĐ-UBND, ngày 04/06/2024")
    expect(await factOf(provenance, "Điểm đánh giá")).toBe("78,1/100 điểm")
    expect(await factOf(provenance, "Hiệu lực đến")).toBe("04/06/2027")
    // The address as written on the certificate keeps the district of before the 2025 reform.
    expect(await factOf(provenance, "Địa chỉ ghi trên chứng nhận")).toContain("Huyện Chợ Mới")
    expect(await provenance.getByRole("img", { name: /Mã QR/ }).count()).toBe(1)
    expect(await page.getByText("Sản phẩm OCOP 4 sao, chứng nhận còn hiệu lực").count()).toBe(1)
    await screenshot(page, "03-product")

    await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await page.getByRole("status").filter({ hasText: "Đã thêm vào giỏ hàng." }).waitFor()
    expect(await page.getByRole("link", { name: "Giỏ hàng (1)" }).count()).toBe(1)

    await page.getByRole("link", { name: "Giỏ hàng (1)" }).click()
    await page.waitForURL("**/cart")
    expect(await page.getByRole("heading", { name: "Bánh hạnh nhân Tiến Anh" }).count()).toBe(1)
    expect(await textOf(page.locator(".summary"))).toContain("45.000 ₫")
    await screenshot(page, "04-cart")

    await page.getByRole("link", { name: "Thanh toán", exact: true }).click()
    await page.waitForURL("**/checkout")
    await waitForHydration(page)
    await page.getByLabel("Email").fill("khach.le@example.com")
    await page.getByLabel("Họ và tên").fill("Trần Thị Mai")
    await page.getByLabel("Số điện thoại").fill("0912 345 678")
    await page.getByLabel("Tỉnh, thành phố").selectOption("91")
    const commune = page.getByLabel("Xã, phường, đặc khu")
    await commune.locator("option[value='30628']").waitFor({ state: "attached" })
    await commune.selectOption("30628")
    await page.getByLabel("Số nhà, đường, ấp/khóm").fill("12 đường Trần Hưng Đạo, ấp Thị 2")
    await page.getByRole("radio", { name: /Giao hàng nhanh/ }).check()
    expect(await page.getByRole("radio", { name: /Thanh toán khi nhận hàng/ }).isChecked()).toBe(true)
    await screenshot(page, "05-checkout")

    await placeOrder(page)
    const heading = page.getByRole("heading", { name: "Đặt hàng thành công" })
    await heading.waitFor()
    const confirmation = await textOf(page.locator("main"))
    expect(confirmation).toContain("Thanh toán khi nhận hàng")
    expect(confirmation).toContain("100.000 ₫") // 45.000 ₫ + 55.000 ₫ express delivery
    expect(confirmation).toContain("Xã Chợ Mới, Tỉnh An Giang")
    await screenshot(page, "06-order-confirmed")

    // The confirmation survives a reload, and the order really exists in the backend.
    await page.reload()
    await heading.waitFor()
    const orderId = page.url().split("/").at(-2)!
    const order = await getOrderAsAdmin(orderId)
    expect(order.email).toBe("khach.le@example.com")
    expect(order.shipping_address).toEqual(
      expect.objectContaining({ city: "Xã Chợ Mới", province: "Tỉnh An Giang", phone: "0912345678", first_name: "Mai", last_name: "Trần Thị" })
    )
    expect(order.total).toBe(100000)
    expect(await page.getByRole("link", { name: "Giỏ hàng (0)" }).count()).toBe(1)

    expect(errors).toEqual([])
    await context.close()
  })
})

describe("a guest buying goods of two producers", () => {
  it("chooses a delivery for each producer's parcel, sees each fee and the total, and pays once", async () => {
    const { page, context, errors } = await openShop(browser)
    for (const handle of ["banh-hanh-nhan-tien-anh", "tuong-xay-thanh-ho"]) {
      await page.goto(`/products/${handle}`)
      await waitForHydration(page)
      await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
      await page.getByRole("status").filter({ hasText: "Đã thêm vào giỏ hàng." }).waitFor()
    }
    await page.getByRole("link", { name: "Giỏ hàng (2)" }).click()
    await page.waitForURL("**/cart")
    await page.getByRole("link", { name: "Thanh toán", exact: true }).click()
    await page.waitForURL("**/checkout")
    await waitForHydration(page)

    // Each producer ships from its own place: one parcel each, with its own delivery and fee.
    const tienAnh = page.getByRole("group", { name: "Kiện hàng của Công ty TNHH Sản xuất - Thương mại Tiến Anh" })
    const thanhHo = page.getByRole("group", { name: "Kiện hàng của Công ty TNHH SX-TM Thanh Hồ" })
    expect(await textOf(tienAnh)).toContain("Bánh hạnh nhân Tiến Anh")
    expect(await textOf(thanhHo)).toContain("Tương xay Thanh Hồ")
    expect(await tienAnh.getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }).isChecked()).toBe(true)
    await thanhHo.getByRole("radio", { name: /Giao hàng nhanh/ }).check()
    expect(await tienAnh.getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }).isChecked()).toBe(true)
    const summary = await textOf(page.locator(".summary"))
    expect(summary).toMatch(/Phí giao kiện của Công ty TNHH Sản xuất - Thương mại Tiến Anh\s*30\.000 ₫/)
    expect(summary).toMatch(/Phí giao kiện của Công ty TNHH SX-TM Thanh Hồ\s*55\.000 ₫/)
    expect(summary).toMatch(/Tổng phí giao hàng\s*85\.000 ₫/)

    await page.getByLabel("Email").fill("hai.kien@example.com")
    await page.getByLabel("Họ và tên").fill("Lê Văn Hai")
    await page.getByLabel("Số điện thoại").fill("0912 345 679")
    await page.getByLabel("Tỉnh, thành phố").selectOption("91")
    const commune = page.getByLabel("Xã, phường, đặc khu")
    await commune.locator("option[value='30628']").waitFor({ state: "attached" })
    await commune.selectOption("30628")
    await page.getByLabel("Số nhà, đường, ấp/khóm").fill("5 đường Lê Lợi")
    // 45.000 ₫ + 30.000 ₫ of goods, 30.000 ₫ + 55.000 ₫ of delivery.
    await placeOrder(page, page.getByRole("button", { name: /Đặt hàng · 160\.000 ₫/ }))
    await page.getByRole("heading", { name: "Đặt hàng thành công" }).waitFor()
    expect(await textOf(page.locator("main"))).toContain("160.000 ₫")

    const order = await getOrderAsAdmin(page.url().split("/").at(-2)!)
    expect(order.total).toBe(160000)
    expect(order.shipping_methods.map((m: any) => [m.name, m.amount]).sort()).toEqual([
      ["Giao hàng nhanh", 55000],
      ["Giao hàng tiêu chuẩn", 30000],
    ])
    expect(errors).toEqual([])
    await context.close()
  })
})
