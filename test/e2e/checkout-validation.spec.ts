import type { Browser, Page } from "playwright-core"
import { countOrders } from "./support/admin"
import { launchBrowser, openShop, screenshot, textOf, waitForHydration } from "./support/browser"
import { addToCart } from "./support/shop"

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** The error text a field points at with aria-describedby, or null when it is valid. */
async function fieldError(page: Page, label: string): Promise<string | null> {
  const field = page.getByLabel(label, { exact: true })
  if ((await field.getAttribute("aria-invalid")) !== "true") return null
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean)
  const texts = await Promise.all(ids.map((id) => textOf(page.locator(`[id="${id}"]`))))
  return texts.join(" ")
}

describe("checkout with a bad form", () => {
  it("shows each field's error next to it and creates no order (with JavaScript)", async () => {
    const { page, context, errors } = await openShop(browser)
    await addToCart(page, "banh-hanh-nhan-tien-anh")
    const ordersBefore = await countOrders()

    await page.goto("/checkout")
    await waitForHydration(page)
    await page.getByLabel("Email").fill("khong-phai-email")
    await page.getByLabel("Họ và tên").fill("A")
    await page.getByLabel("Số điện thoại").fill("12345")
    await page.getByRole("button", { name: /Đặt hàng/ }).click()

    await page.getByRole("alert").filter({ hasText: "Vui lòng sửa các ô được đánh dấu bên dưới." }).waitFor()
    expect(await fieldError(page, "Email")).toContain("Email chưa đúng định dạng")
    expect(await fieldError(page, "Họ và tên")).toContain("Vui lòng nhập họ và tên người nhận.")
    expect(await fieldError(page, "Số điện thoại")).toContain("Số điện thoại Việt Nam gồm 10–11 chữ số")
    expect(await fieldError(page, "Tỉnh, thành phố")).toContain("Vui lòng chọn tỉnh, thành phố.")
    expect(await fieldError(page, "Số nhà, đường, ấp/khóm")).toContain("Vui lòng nhập số nhà")
    await screenshot(page, "30-checkout-errors")

    // Fixing a field clears its error as the shopper types.
    await page.getByLabel("Email").fill("dung@example.com")
    await page.getByLabel("Email").blur()
    expect(await fieldError(page, "Email")).toBeNull()

    expect(page.url()).toMatch(/\/checkout$/)
    expect(await countOrders()).toBe(ordersBefore)
    expect(errors).toEqual([])
    await context.close()
  })

  it("validates on the server when JavaScript is off, keeping what was typed", async () => {
    const { page, context } = await openShop(browser, { javaScriptEnabled: false })
    await page.goto("/products/banh-hanh-nhan-tien-anh")
    await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await page.getByRole("link", { name: "Giỏ hàng (1)" }).waitFor()
    const ordersBefore = await countOrders()

    await page.goto("/checkout")
    await page.getByLabel("Email").fill("an@example.com")
    await page.getByLabel("Họ và tên").fill("Phạm Văn An")
    await page.getByLabel("Số điện thoại").fill("0987 654 321")
    // Without JavaScript the commune list arrives with the next page.
    await page.getByLabel("Tỉnh, thành phố").selectOption("91")
    await page.getByRole("button", { name: "Tải danh sách xã" }).click()
    await page.getByLabel("Xã, phường, đặc khu").locator("option[value='30628']").waitFor({ state: "attached" })
    expect(await page.getByLabel("Họ và tên").inputValue()).toBe("Phạm Văn An")
    expect(await page.getByLabel("Tỉnh, thành phố").inputValue()).toBe("91")

    // A street that is too short is refused by the server with the field's message.
    await page.getByLabel("Xã, phường, đặc khu").selectOption("30628")
    await page.getByLabel("Số nhà, đường, ấp/khóm").fill("x")
    await page.getByRole("button", { name: /Đặt hàng/ }).click()
    await page.waitForLoadState("load")
    expect(await fieldError(page, "Số nhà, đường, ấp/khóm")).toContain("Vui lòng nhập số nhà")
    expect(await page.getByLabel("Email").inputValue()).toBe("an@example.com")
    expect(await page.getByLabel("Xã, phường, đặc khu").inputValue()).toBe("30628")
    await screenshot(page, "31-checkout-errors-no-js")
    expect(await countOrders()).toBe(ordersBefore)
    await context.close()
  })
})
