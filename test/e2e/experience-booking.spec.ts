import QRCode from "qrcode"
import type { Browser } from "playwright-core"
import { DEMO_PRODUCER_PASSWORD } from "../../scripts/lib/demo.mjs"
import { factOf, launchBrowser, openShop, screenshot, storefrontUrl, textOf, waitForHydration } from "./support/browser"
import { placeOrder } from "./support/shop"

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const CHAM = "lang-cham-chau-giang-det-tho-cam" // seeded: 350.000 ₫ an adult, 200.000 ₫ a child
// The seed's illustrative host of that day, signed in with the demo producer password.
const CHAM_HOST_EMAIL = "homestay-lang-cham-chau-giang@producer.ocop-market.local"

describe("a visitor booking a community-tourism experience", () => {
  it("picks a date, books for 3, checks out as the lead visitor and gets a voucher with its QR and reference", async () => {
    const { page, errors } = await openShop(browser)
    await page.goto("/")
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Trải nghiệm" }).click()
    await page.getByRole("heading", { name: "Trải nghiệm du lịch cộng đồng", level: 1 }).waitFor()
    await page.getByRole("link", { name: /làng Chăm Châu Giang/ }).click()
    await page.waitForURL(`**/experiences/${CHAM}`)
    await waitForHydration(page)

    // The keyboard moves through the dates as through any radio group.
    const dates = page.getByRole("group", { name: "Chọn ngày" })
    const radios = dates.getByRole("radio")
    await radios.first().focus()
    await page.keyboard.press("ArrowDown")
    const second = radios.nth(1)
    expect(await second.isChecked()).toBe(true)
    const date = (await second.getAttribute("value"))!
    const seatsBefore = Number(/còn (\d+) chỗ/.exec(await textOf(second.locator("xpath=ancestor::label[1]")))![1])

    await page.getByLabel("Người lớn").fill("2")
    await page.getByLabel(/Trẻ em/).fill("1")
    // The total follows the group as it is typed: 2 × 350.000 + 1 × 200.000.
    expect(await textOf(page.getByTestId("experience-total"))).toBe("Tổng: 900.000 ₫")
    await screenshot(page, "experience-01-date-and-group")
    await page.getByRole("button", { name: "Đặt chỗ" }).click()

    await page.waitForURL("**/cart")
    await page.getByText("Đã thêm chỗ vào giỏ hàng.").waitFor()
    const [y, m, d] = date.split("-")
    await page.getByText(`Ngày: ${d}/${m}/${y} · 2 khách`).waitFor()
    await page.getByText(`Ngày: ${d}/${m}/${y} · 1 khách (Vé trẻ em)`).waitFor()
    await page.getByRole("link", { name: "Thanh toán", exact: true }).click()

    await page.waitForURL("**/checkout")
    await waitForHydration(page)
    // Nothing ships: no address, no delivery; the host needs the lead visitor.
    expect(await page.getByLabel("Tỉnh, thành phố").count()).toBe(0)
    expect(await page.getByRole("group", { name: "Phương thức giao hàng" }).count()).toBe(0)
    await page.getByLabel("Email").fill("doan.khach@example.com")
    await page.getByRole("button", { name: /Đặt hàng · 900\.000\s₫/ }).click()
    // The lead visitor is asked for before anything is sent.
    const leadName = page.getByLabel("Họ và tên trưởng đoàn")
    expect(await leadName.getAttribute("aria-invalid")).toBe("true")
    await leadName.fill("Nguyễn Thị Lan")
    await page.getByLabel("Số điện thoại trưởng đoàn").fill("0901 234 567")
    await screenshot(page, "experience-02-checkout-lead-visitor")
    await placeOrder(page, page.getByRole("button", { name: /Đặt hàng · 900\.000\s₫/ }))
    const vouchers = page.getByRole("region", { name: "Phiếu đặt chỗ" })
    const voucher = vouchers.getByRole("article")
    // The confirmation may still be rendering when the URL changes (seen under load).
    await voucher.first().waitFor()
    expect(await voucher.count()).toBe(1)
    const reference = await textOf(voucher.getByTestId("voucher-reference"))
    expect(reference).toMatch(/^[A-Z]{2}-[0-9A-Z]{6}$/)
    expect(await factOf(voucher, "Ngày")).toBe(`${d}/${m}/${y}`)
    expect(await factOf(voucher, "Số khách")).toBe("3 khách")
    expect(await factOf(voucher, "Trưởng đoàn")).toBe("Nguyễn Thị Lan")
    expect(await factOf(voucher, "Điểm hẹn")).toContain("Bến đò Châu Giang")

    // The QR is the host's check-in page for this reference.
    const qr = voucher.getByRole("img", { name: `Mã QR của phiếu đặt chỗ ${reference}` })
    const checkUrl = `${storefrontUrl()}/producer/bookings/${reference}`
    const expectedSvg = await QRCode.toString(checkUrl, { type: "svg", margin: 2, errorCorrectionLevel: "M" })
    const modules = (svg: string) => [...svg.matchAll(/ d="([^"]+)"/g)].map((match) => match[1])
    expect(await qr.locator("path").evaluateAll((paths) => paths.map((p) => p.getAttribute("d")))).toEqual(modules(expectedSvg))
    await screenshot(page, "experience-03-voucher")

    // The group's seats are taken from the date.
    await page.goto(`/experiences/${CHAM}`)
    const after = page.getByRole("group", { name: "Chọn ngày" }).locator(`input[value="${date}"]`).locator("xpath=ancestor::label[1]")
    expect(await textOf(after)).toContain(`còn ${seatsBefore - 3} chỗ`)
    expect(errors).toEqual([])

    // The host scans the QR: signed out, they sign in to the portal and come back to the
    // booking, mark the group arrived, and find it under its date among their experiences.
    await page.goto(checkUrl)
    await page.waitForURL(`**/producer/login?redirectTo=%2Fproducer%2Fbookings%2F${reference}`)
    await waitForHydration(page)
    await page.getByLabel("Email").fill(CHAM_HOST_EMAIL)
    await page.getByLabel("Mật khẩu").fill(DEMO_PRODUCER_PASSWORD)
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.waitForURL(`**/producer/bookings/${reference}`)
    await page.getByRole("heading", { name: `Phiếu đặt chỗ ${reference}`, level: 1 }).waitFor()
    expect(await textOf(page.locator(".portal-facts"))).toContain("Nguyễn Thị Lan")
    await screenshot(page, "experience-04-host-check-in")
    await page.getByRole("button", { name: "Xác nhận khách đã đến" }).click()
    await page.getByRole("status").getByText(`Đã ghi nhận khách ${reference} đã đến.`).waitFor()
    expect(await page.getByRole("button", { name: "Xác nhận khách đã đến" }).count()).toBe(0)

    await page.getByRole("navigation", { name: "Mục của cổng nhà sản xuất" }).getByRole("link", { name: "Trải nghiệm" }).click()
    await page.waitForURL("**/producer/experiences")
    const dateRow = page.getByRole("row").filter({ hasText: `${d}/${m}/${y}` })
    expect(await textOf(dateRow.getByRole("cell").nth(1))).toBe("3")
    await page.getByRole("link", { name: "Xem khách từng ngày" }).first().click()
    const day = page.getByRole("region", { name: new RegExp(`Khách ngày ${d}/${m}/${y}`) })
    const group = day.getByRole("row").filter({ hasText: reference })
    expect(await textOf(group)).toContain("Đã đến")
    expect(await textOf(group)).toContain("0901234567")
    await screenshot(page, "experience-05-host-day")
    expect(errors).toEqual([])
  })
})

describe("an experience on a phone", () => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

  it("shows the title on the first screen and the booking button within two, with a month calendar", async () => {
    const { page, context, errors } = await openShop(browser, phone)
    await page.goto(`/experiences/${CHAM}`)
    await waitForHydration(page)
    const top = (locator: ReturnType<typeof page.locator>) =>
      locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY)
    expect(await top(page.getByRole("heading", { level: 1 }))).toBeLessThan(844)
    // Before: the button came after about 83 date tiles, 5,959 px down.
    expect(await top(page.getByRole("button", { name: "Đặt chỗ" }))).toBeLessThan(2 * 844)
    // One month shows at a time; the next is one tap away and its days can be chosen.
    const dates = page.getByRole("group", { name: "Chọn ngày" })
    const shown = await dates.getByRole("radio").count()
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThanOrEqual(31)
    await screenshot(page, "experience-06-phone-calendar")
    const next = page.locator(".date-picker__month summary").nth(1)
    await next.click()
    const nextDay = page.locator(".date-picker__month[open]").getByRole("radio").first()
    await nextDay.check()
    expect(await nextDay.isChecked()).toBe(true)
    expect(await page.locator(".date-picker__month[open]").count()).toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })

  it("books a date of a later month without JavaScript", async () => {
    const { page, context } = await openShop(browser, { ...phone, javaScriptEnabled: false })
    await page.goto(`/experiences/${CHAM}`)
    await page.locator(".date-picker__month summary").nth(1).click()
    const day = page.locator(".date-picker__month[open]").getByRole("radio").first()
    const date = (await day.getAttribute("value"))!
    await day.check()
    await page.getByLabel("Người lớn").fill("1")
    await page.getByRole("button", { name: "Đặt chỗ" }).click()
    await page.waitForURL("**/cart")
    const [y, m, d] = date.split("-")
    await page.getByText(`Ngày: ${d}/${m}/${y} · 1 khách`).waitFor()
    await context.close()
  })
})
