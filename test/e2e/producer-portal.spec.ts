// The portal as a producer meets it on a phone: asking for an account, its own header,
// every page at phone width, the profile. Listing, certifying, stocking, approval, orders
// and statements are the whole loop in producer-loop.spec.ts.
import type { Browser } from "playwright-core"
import { DEMO_ADMIN } from "../../scripts/lib/demo.mjs"
import { launchBrowser, openShop, screenshot, waitForHydration } from "./support/browser"
import { getJson, seededProducer, signInProducer, token } from "./support/producer"
import { uniqueEmail } from "./support/shop"

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe("the producer portal on a phone", () => {
  it("keeps the producer's session apart from the shopper's and works at phone width", async () => {
    const producer = await seededProducer()
    const { page, context, errors } = await openShop(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

    // Someone without an invitation asks for an account; the office sees the request, the login cannot use the portal yet.
    const asker = { email: uniqueEmail("nha.san.xuat"), password: "mat-khau-an-toan" }
    await page.goto("/producer/request")
    await waitForHydration(page)
    await page.getByLabel("Họ và tên người phụ trách").fill("Lê Thị Hoa")
    await page.getByLabel("Email").fill(asker.email)
    await page.getByLabel("Mật khẩu").fill(asker.password)
    await page.getByLabel("Chủ thể của bạn (tên, mã số đăng ký, xã)").fill("HTX Rau sạch Phú Tân, mã số 1602345678, xã Phú Tân")
    await page.getByRole("button", { name: "Gửi", exact: true }).click()
    await page.getByText("Đã gửi đề nghị.", { exact: false }).waitFor()
    const admin = await token("user", DEMO_ADMIN.email, DEMO_ADMIN.password)
    const { members } = await getJson<{ members: { email: string; name: string }[] }>("/admin/ocop/producer-members?status=requested&limit=200", admin)
    expect(members).toContainEqual(expect.objectContaining({ email: asker.email, name: "Lê Thị Hoa" }))
    await page.goto("/producer/login")
    await waitForHydration(page)
    await page.getByLabel("Email").fill(asker.email)
    await page.getByLabel("Mật khẩu").fill(asker.password)
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.getByText("tài khoản chưa được văn phòng OCOP duyệt", { exact: false }).waitFor()

    await signInProducer(page, producer)
    await screenshot(page, "producer-07-phone-overview")
    // The portal has its own header: none of the shop's search box, cart or footer.
    expect(await page.getByLabel("Tìm sản phẩm", { exact: true }).count()).toBe(0)
    expect(await page.getByRole("link", { name: /Giỏ hàng/ }).count()).toBe(0)
    expect(await page.getByRole("contentinfo").count()).toBe(0)

    // The shop itself still sees a signed-out shopper.
    await page.goto("/account")
    await page.waitForURL("**/account/login?redirectTo=%2Faccount")

    for (const [path, name, heading] of [
      ["/producer/listings", "producer-08-phone-listings", "Sản phẩm của bạn"],
      ["/producer/listings/new", "producer-09-phone-new-listing", "Đăng sản phẩm mới"],
      ["/producer/inventory", "producer-10-phone-inventory", "Hàng tại cơ sở"],
      ["/producer/orders", "producer-11-phone-orders", "Đơn hàng có sản phẩm của bạn"],
      ["/producer/profile", "producer-12-phone-profile", "Hồ sơ chủ thể"],
    ] as const) {
      await page.goto(path)
      await page.getByRole("heading", { level: 1, name: heading }).waitFor()
      // Nothing wider than the phone: no sideways scrolling of the page itself.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
      await screenshot(page, name)
    }

    // The profile saves what the producer wrote (the page above is the profile).
    await waitForHydration(page)
    const story = `Ba thế hệ làm tương ở Thanh Hồ (${Date.now().toString(36)}).`
    await page.getByLabel("Câu chuyện của chủ thể và sản phẩm").fill(story)
    await page.getByRole("button", { name: "Lưu", exact: true }).click()
    await page.getByText("Đã lưu hồ sơ.").waitFor()
    expect(await page.getByLabel("Câu chuyện của chủ thể và sản phẩm").inputValue()).toBe(story)

    await page.getByRole("button", { name: "Đăng xuất" }).click()
    await page.waitForURL("**/producer/login")
    await page.goto("/producer/orders")
    await page.waitForURL("**/producer/login?redirectTo=%2Fproducer%2Forders")
    expect(errors).toEqual([])
    await context.close()
  })
})
