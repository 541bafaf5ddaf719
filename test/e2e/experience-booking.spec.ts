import QRCode from "qrcode"
import type { Browser } from "playwright-core"
import { factOf, launchBrowser, openShop, screenshot, storefrontUrl, textOf, waitForHydration } from "./support/browser"

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const CHAM = "lang-cham-chau-giang-det-tho-cam" // seeded: 350.000 ₫ an adult, 200.000 ₫ a child

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
    await page.getByRole("link", { name: "Thanh toán" }).click()

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
    await page.getByRole("button", { name: /Đặt hàng · 900\.000\s₫/ }).click()

    await page.waitForURL(/\/orders\/[^/]+\/confirmed$/)
    const vouchers = page.getByRole("region", { name: "Phiếu đặt chỗ" })
    const voucher = vouchers.getByRole("article")
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

    // The host's part (helper experience-host adds it here): sign in to the producer
    // portal as the experience's host, open `checkUrl`, see this booking and mark it attended.
  })
})
