import type { Browser } from "playwright-core"
import { DEMO_ADMIN, DEMO_PRODUCER_PASSWORD } from "../../scripts/lib/demo.mjs"
import { backendUrl, launchBrowser, openShop, screenshot, textOf, waitForHydration } from "./support/browser"
import { addToCart, uniqueEmail } from "./support/shop"

// A seeded product and its producer: a listing the office just approved may have no
// stock to sell until producers declare their own, so the loop runs on seeded goods.
const PRODUCT = "banh-hanh-nhan-tien-anh"
const PRODUCER_NAME = "Công ty TNHH Sản xuất - Thương mại Tiến Anh"

async function producerLogin() {
  const res = await fetch(`${backendUrl()}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(DEMO_ADMIN),
  })
  const { token } = (await res.json()) as { token: string }
  const list = await fetch(`${backendUrl()}/admin/ocop/producer-members?status=active&limit=200`, {
    headers: { authorization: `Bearer ${token}` },
  })
  const { members } = (await list.json()) as { members: { email: string; producer: { name: string } }[] }
  const member = members.find((m) => m.producer.name === PRODUCER_NAME && m.email.endsWith("@producer.ocop-market.local"))
  if (!member) throw new Error(`the seed has no login for ${PRODUCER_NAME}`)
  return { email: member.email, password: DEMO_PRODUCER_PASSWORD }
}

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe("the producer's orders", () => {
  it("a guest buys on a phone, the producer packs and hands the parcel to a carrier, and the shopper's order page shows the tracking number", async () => {
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
    const shopper = await openShop(browser, phone)
    const page = shopper.page
    await addToCart(page, PRODUCT)
    await page.goto("/checkout")
    await waitForHydration(page)
    await page.getByLabel("Email").fill(uniqueEmail("khach.dien.thoai"))
    await page.getByLabel("Họ và tên").fill("Phạm Thị Thu")
    await page.getByLabel("Số điện thoại").fill("0913 222 333")
    await page.getByLabel("Tỉnh, thành phố").selectOption("91")
    const commune = page.getByLabel("Xã, phường, đặc khu")
    await commune.locator("option[value='30628']").waitFor({ state: "attached" })
    await commune.selectOption("30628")
    await page.getByLabel("Số nhà, đường, ấp/khóm").fill("8 đường Nguyễn Huệ, ấp Thị 1")
    await page.getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }).check()
    await page.getByRole("button", { name: /Đặt hàng/ }).click()
    await page.waitForURL(/\/orders\/[^/]+\/confirmed$/)
    const thanks = await textOf(page.getByText(/Cảm ơn bạn! Đơn hàng #\d+/))
    const number = /#(\d+)/.exec(thanks)![1]
    const shipping = page.getByRole("region", { name: "Vận chuyển" })
    await shipping.getByRole("heading", { name: "Chờ đóng gói" }).waitFor()

    // The producer, on its own phone, finds the order first in its list.
    const producer = await openShop(browser, phone)
    const portal = producer.page
    const login = await producerLogin()
    await portal.goto("/producer/login?redirectTo=%2Fproducer%2Forders")
    await waitForHydration(portal)
    await portal.getByLabel("Email").fill(login.email)
    await portal.getByLabel("Mật khẩu").fill(login.password)
    await portal.getByRole("button", { name: "Đăng nhập" }).click()
    await portal.waitForURL(/\/producer\/orders$/)
    const order = portal.getByRole("article", { name: new RegExp(`Đơn hàng #${number}\\b`) })
    expect(await textOf(order)).toContain("Phạm Thị Thu")
    expect(await textOf(order)).not.toContain("khach.dien.thoai")
    await waitForHydration(portal)
    await order.getByRole("button", { name: /Đã đóng gói/ }).click()
    await portal.getByText(`kiện hàng của đơn #${number}`, { exact: false }).waitFor()

    const packed = portal.getByRole("article", { name: new RegExp(`Đơn hàng #${number}\\b`) })
    await packed.getByRole("heading", { name: "Kiện 1: Đã đóng gói" }).waitFor()
    await waitForHydration(portal)
    await packed.getByLabel(/Mã vận đơn/).fill("x")
    await packed.getByLabel(/Đơn vị vận chuyển/).fill("Viettel Post")
    await packed.getByRole("button", { name: "Đã giao cho đơn vị vận chuyển" }).click()
    // The tracking number is checked before anything is sent.
    await packed.getByText("Mã vận đơn gồm 4–40 chữ cái, chữ số hoặc dấu gạch ngang.").waitFor()
    const tracking = `VTP${Date.now().toString().slice(-9)}`
    await packed.getByLabel(/Mã vận đơn/).fill(tracking)
    await packed.getByRole("button", { name: "Đã giao cho đơn vị vận chuyển" }).click()
    await portal.getByText(`mã vận đơn ${tracking}`, { exact: false }).waitFor()
    expect(await portal.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(portal, "producer-13-phone-order-shipped")

    // The shopper's order page follows the parcel.
    await page.reload()
    await shipping.getByRole("heading", { name: "Kiện 1: Đang giao" }).waitFor()
    const followed = await textOf(shipping)
    expect(followed).toContain("Đơn vị vận chuyển: Viettel Post")
    expect(followed).toContain(`Mã vận đơn: ${tracking}`)
    await screenshot(page, "shopper-order-shipped")

    expect(shopper.errors).toEqual([])
    expect(producer.errors).toEqual([])
    await shopper.context.close()
    await producer.context.close()
  })
})
