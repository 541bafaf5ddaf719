// Issue 20's shopper story on a phone, in one run: find a product through the filter
// drawer, add it with the sticky buy bar, apply a promotion code, check out; look the
// order up from a fresh browser; once the producer has shipped it and the office has
// recorded the delivery, review it; the product's card shows the buyers' average.
import type { Browser } from "playwright-core"
import { DEMO_PRODUCER_PASSWORD } from "../../scripts/lib/demo.mjs"
import { launchBrowser, openShop, screenshot, textOf, waitForHydration } from "./support/browser"
import { getJson, officeToken, postJson, token } from "./support/producer"
import { cartCount, uniqueEmail, placeOrder } from "./support/shop"

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
// A product no other browser test buys or reviews, from a producer with no other product.
const HANDLE = "mam-ca-me-vinh-ba-sau"
const PRODUCER = "Hộ kinh doanh sản xuất mắm Bà Sáu"
// The seed's active promotion code: 10% off the goods (backend/src/scripts/seed/promotions.ts).
const PROMO = "OCOP10"

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** The producer packs and hands the parcel to a carrier (its portal's API); the office records the delivery (Admin API). */
async function deliver(orderId: string) {
  const office = await officeToken()
  const { members } = await getJson<{ members: { email: string; producer: { name: string } }[] }>(
    "/admin/ocop/producer-members?status=active&limit=100",
    office
  )
  const member = members.find((m) => m.producer.name === PRODUCER)
  if (!member) throw new Error(`no portal login for ${PRODUCER}`)
  const producer = await token("producer", member.email, DEMO_PRODUCER_PASSWORD)
  const { fulfillment_id } = await postJson<{ fulfillment_id: string }>(`/producer/orders/${orderId}/fulfillments`, producer, {})
  await postJson(`/producer/orders/${orderId}/fulfillments/${fulfillment_id}/shipment`, producer, {
    carrier: "Viettel Post",
    tracking_number: `VTP${Date.now().toString().slice(-9)}`,
  })
  await postJson(`/admin/orders/${orderId}/fulfillments/${fulfillment_id}/mark-as-delivered`, office, {})
}

describe("a shopper on a phone", () => {
  it("filters to a product, buys it with the buy bar and a promotion code, looks the order up elsewhere, reviews it after delivery, and the card shows the average", async () => {
    const { page, context, errors } = await openShop(browser, PHONE)
    const email = uniqueEmail("mua.dien.thoai")

    // An account first: only a signed-in buyer reviews what it received.
    await page.goto("/account/register")
    await waitForHydration(page)
    await page.getByLabel("Họ và tên").fill("Trương Thị Mai")
    await page.getByLabel("Email").fill(email)
    await page.getByLabel("Mật khẩu", { exact: true }).fill("mat-khau-dien-thoai")
    await page.getByLabel("Nhập lại mật khẩu").fill("mat-khau-dien-thoai")
    await page.getByRole("button", { name: "Tạo tài khoản" }).click()
    await page.waitForURL("**/account")

    // The filter drawer: folded behind one button on a phone; the producer narrows the list.
    await page.goto("/products")
    await waitForHydration(page)
    const filters = page.getByRole("form", { name: "Bộ lọc" })
    expect(await filters.isVisible()).toBe(false)
    await page.locator("summary", { hasText: "Bộ lọc" }).click()
    await filters.waitFor()
    await screenshot(page, "phone-loop-01-filter-drawer")
    await filters.getByLabel("Nhà sản xuất").selectOption({ label: `${PRODUCER} (1)` })
    await page.waitForURL((url) => url.searchParams.has("producer"))
    const filtered = page.url()
    const cards = page.locator(".product-card")
    await expect.poll(() => cards.count(), { timeout: 20_000 }).toBe(1)
    await cards.first().getByRole("link").first().click()
    await page.waitForURL(`**/products/${HANDLE}`)
    await waitForHydration(page)

    // The buy bar at the foot of the screen adds the pack chosen in the buy box.
    const bar = page.getByRole("region", { name: "Mua nhanh" })
    const box = await bar.boundingBox()
    expect(box!.y + box!.height).toBeLessThanOrEqual(844 + 1)
    expect(await page.locator(".buy-box__submit").isVisible()).toBe(false)
    const price = Number((await textOf(bar.locator(".buy-bar__price"))).replace(/\D/g, ""))
    expect(price).toBeGreaterThan(0)
    await screenshot(page, "phone-loop-02-buy-bar", { fullPage: false })
    await bar.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await page.getByRole("link", { name: "Giỏ hàng (1)" }).waitFor()
    expect(await cartCount(page)).toBe(1)

    // The promotion code in the cart.
    await page.goto("/cart")
    await waitForHydration(page)
    const subtotalBefore = await textOf(page.locator(".totals").first())
    await page.getByLabel("Mã giảm giá").fill(PROMO.toLowerCase())
    await page.getByRole("button", { name: "Áp dụng" }).click()
    await page.getByText("Đã áp dụng mã giảm giá.").waitFor()
    const totals = page.locator(".totals").first()
    expect(await textOf(totals)).toContain("Giảm giá")
    expect(await textOf(totals)).not.toBe(subtotalBefore)
    await screenshot(page, "phone-loop-03-cart-promo")

    // Check out, cash on delivery.
    await page.goto("/checkout")
    await waitForHydration(page)
    expect(await page.getByLabel("Email").inputValue()).toBe(email)
    await page.getByLabel("Số điện thoại").fill("0913 444 555")
    await page.getByLabel("Tỉnh, thành phố").selectOption("91")
    const commune = page.getByLabel("Xã, phường, đặc khu")
    await commune.locator("option[value='30628']").waitFor({ state: "attached" })
    await commune.selectOption("30628")
    await page.getByLabel("Số nhà, đường, ấp/khóm").fill("15 đường Lê Lợi, ấp Thị 2")
    await placeOrder(page)
    const orderId = new URL(page.url()).pathname.split("/")[2]
    const number = /#(\d+)/.exec(await textOf(page.getByText(/Đơn hàng #\d+ đã được ghi nhận/)))![1]
    // The order is charged 10% less for the goods.
    const goods = new Intl.NumberFormat("vi-VN").format(Math.round(price * 0.9))
    expect(await textOf(page.locator(".totals").first())).toMatch(new RegExp(`Tạm tính ?${goods.replace(".", "\\.")} ₫`))

    // A fresh browser (another phone) finds the order by its number and phone.
    const other = await openShop(browser, PHONE)
    await other.page.goto("/orders/lookup")
    await waitForHydration(other.page)
    await other.page.getByLabel("Mã đơn hàng").fill(number)
    await other.page.getByLabel("Số điện thoại hoặc email").fill("0913444555")
    await other.page.getByRole("button", { name: "Tra cứu" }).click()
    await other.page.getByRole("heading", { level: 1, name: `Đơn hàng #${number}` }).waitFor()
    expect(await textOf(other.page.getByRole("region", { name: "Tình trạng đơn hàng" }))).toContain("Đã đặt hàng")
    await screenshot(other.page, "phone-loop-04-order-lookup")
    expect(other.errors).toEqual([])
    await other.context.close()

    // Packed and shipped by the producer, delivered as the office records it.
    await deliver(orderId)

    // The buyer reviews it from the order in its account.
    await page.goto(`/account/orders/${orderId}`)
    await waitForHydration(page)
    await page.getByRole("link", { name: "Viết đánh giá" }).click()
    await page.waitForURL(/\/review\//)
    await waitForHydration(page)
    await page.getByRole("radio", { name: "5 sao" }).check()
    await page.getByLabel("Nhận xét của bạn").fill("Mắm thơm, cá me vinh chắc thịt, đóng hũ kỹ.")
    await page.getByRole("button", { name: "Gửi đánh giá" }).click()
    await page.getByText("Cảm ơn bạn đã đánh giá!").waitFor()

    // The product's card shows the buyers' average.
    await page.goto(filtered)
    const card = page.locator(".product-card").filter({ has: page.locator(`a[href="/products/${HANDLE}"]`) })
    expect(await textOf(card.locator(".buyer-rating"))).toMatch(/5(,0)? trên 5 sao, 1 đánh giá/)
    await screenshot(page, "phone-loop-05-card-average")

    expect(errors).toEqual([])
    await context.close()
  }, 300_000)
})
