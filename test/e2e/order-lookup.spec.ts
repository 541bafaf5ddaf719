import type { Browser } from "playwright-core"
import { PUBLISHABLE_KEY_TITLE } from "../../scripts/lib/demo.mjs"
import { adminHeaders, call, ok, readyCart } from "../../scripts/lib/shop-client.mjs"
import { backendUrl, launchBrowser, openShop, screenshot, textOf, waitForHydration } from "./support/browser"

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const getJson = (url: string, headers: Record<string, string>): Promise<Record<string, any>> =>
  ok(call(backendUrl(), "GET", url, { headers }))

/** A guest order placed through the store API (the phone 0912345678 is readyCart's address). */
async function placeGuestOrder() {
  const admin = await adminHeaders(backendUrl())
  const { api_keys } = await getJson("/admin/api-keys?type=publishable&limit=50", admin)
  const key = api_keys.find((k: any) => k.title === PUBLISHABLE_KEY_TITLE && !k.revoked_at)
  const { products } = await getJson("/store/products?handle=banh-hanh-nhan-tien-anh&fields=id,*variants", {
    "x-publishable-api-key": key.token,
  })
  const { cartId, headers } = await readyCart({
    publishableKey: key.token,
    variantId: products[0].variants[0].id,
    pick: () => backendUrl(),
  })
  const completed = await ok(call(backendUrl(), "POST", `/store/carts/${cartId}/complete`, { headers }))
  return completed.order as { id: string; display_id: number }
}

describe("guest order lookup", () => {
  it("a guest finds the order from a fresh phone browser with its number and phone, and a wrong phone tells nothing", async () => {
    const order = await placeGuestOrder()
    const { page, context, errors } = await openShop(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

    // Another browser has no claim on the order: its page is a 404.
    const direct = await page.goto(`/orders/${order.id}`)
    expect(direct?.status()).toBe(404)

    await page.goto("/orders/lookup")
    await waitForHydration(page)
    await screenshot(page, "30-order-lookup-390")
    await page.getByLabel("Mã đơn hàng").fill(String(order.display_id))
    await page.getByLabel("Số điện thoại hoặc email").fill("0912 345 679")
    await page.getByRole("button", { name: "Tra cứu" }).click()
    const alert = page.getByRole("alert")
    await alert.waitFor()
    expect(await textOf(alert)).toContain("Không tìm thấy đơn hàng nào có mã này")

    await page.getByLabel("Số điện thoại hoặc email").fill("+84 912 345 678")
    await page.getByRole("button", { name: "Tra cứu" }).click()
    await page.getByRole("heading", { level: 1, name: `Đơn hàng #${order.display_id}` }).waitFor()
    expect(new URL(page.url()).pathname).toBe(`/orders/${order.id}`)
    // Cash on delivery: placed and confirmed; packing is the step it waits for.
    const timeline = page.getByRole("region", { name: "Tình trạng đơn hàng" })
    expect(await textOf(timeline.locator(".timeline__step--done").first())).toContain("Đã đặt hàng")
    expect(await timeline.locator(".timeline__step--done").count()).toBe(2)
    expect(await textOf(timeline.locator("[aria-current=step]"))).toContain("Đã đóng gói")
    expect(await page.getByText("Bạn đang xem đơn hàng qua đường dẫn tra cứu").count()).toBe(1)
    await screenshot(page, "31-order-page-390")

    // The link itself opens the order in yet another browser, while it lasts.
    const link = page.url()
    const desktop = await openShop(browser)
    await desktop.page.goto(link)
    await desktop.page.getByRole("heading", { level: 1, name: `Đơn hàng #${order.display_id}` }).waitFor()
    await screenshot(desktop.page, "31-order-page-1280")
    await desktop.page.goto("/orders/lookup")
    await screenshot(desktop.page, "30-order-lookup-1280")
    expect([...errors, ...desktop.errors].filter((e) => !/404/.test(e))).toEqual([])
    await desktop.context.close()
    await context.close()
  })
})
