import type { Browser } from "playwright-core"
import { factOf, launchBrowser, openShop, screenshot, textOf, waitForHydration } from "./support/browser"
import { addToCart, uniqueEmail, placeOrder } from "./support/shop"

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe("a registered shopper", () => {
  it("registers, orders with a saved address and finds the order in the order history", async () => {
    const { page, context, errors } = await openShop(browser)
    const email = uniqueEmail("nguoi.mua")

    // A guest cart follows the shopper into the new account.
    await addToCart(page, "ca-that-lat-rut-xuong-tam-gia-vi-ky-nhu")

    await page.goto("/account/register")
    await waitForHydration(page)
    await page.getByLabel("Họ và tên").fill("Lê Văn Hùng")
    await page.getByLabel("Email").fill(email)
    await page.getByLabel("Mật khẩu", { exact: true }).fill("mat-khau-an-toan")
    await page.getByLabel("Nhập lại mật khẩu").fill("mat-khau-an-toan")
    await screenshot(page, "10-register")
    await page.getByRole("button", { name: "Tạo tài khoản" }).click()
    await page.waitForURL("**/account")
    await page.getByText("Xin chào Lê Văn Hùng").waitFor()
    expect(await page.getByText("Bạn chưa có đơn hàng nào.").count()).toBe(1)
    expect(await page.getByRole("link", { name: "Giỏ hàng (1)" }).count()).toBe(1)

    await page.goto("/checkout")
    await waitForHydration(page)
    expect(await page.getByLabel("Email").inputValue()).toBe(email)
    expect(await page.getByLabel("Họ và tên").inputValue()).toBe("Lê Văn Hùng")
    await page.getByLabel("Số điện thoại").fill("+84 909 111 222")
    await page.getByLabel("Tỉnh, thành phố").selectOption("92")
    const commune = page.getByLabel("Xã, phường, đặc khu")
    await commune.locator("option[value='31408']").waitFor({ state: "attached" })
    await commune.selectOption("31408") // Xã Thạnh Hòa, Thành phố Cần Thơ
    await page.getByLabel("Số nhà, đường, ấp/khóm").fill("ấp Tầm Vu 1")
    await page.getByLabel("Lưu địa chỉ này vào tài khoản").check()
    await placeOrder(page)
    const thanks = await textOf(page.getByText(/Đơn hàng #\d+ đã được ghi nhận/))
    const number = /#(\d+)/.exec(thanks)![1]
    const total = await textOf(page.locator(".totals dd.grand"))
    expect(total).toMatch(/^[\d.]+ ₫$/)

    await page.getByRole("link", { name: "Xem lịch sử đơn hàng" }).click()
    await page.waitForURL("**/account")
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: `Xem đơn #${number}` }) })
    expect(await textOf(row)).toContain(total)
    await screenshot(page, "11-account-orders")

    await page.getByRole("link", { name: `Xem đơn #${number}` }).click()
    await page.waitForURL(/\/account\/orders\//)
    const summary = page.locator(".summary")
    expect(await factOf(summary, "Giao đến")).toContain("ấp Tầm Vu 1, Xã Thạnh Hòa, Thành phố Cần Thơ")
    expect(await factOf(summary, "Thanh toán")).toBe("Thanh toán khi nhận hàng")
    await screenshot(page, "12-account-order")

    await page.getByRole("link", { name: "Sổ địa chỉ" }).click()
    await page.waitForURL("**/account/addresses")
    expect(await textOf(page.locator(".address-list"))).toContain("ấp Tầm Vu 1, Xã Thạnh Hòa, Thành phố Cần Thơ")
    await screenshot(page, "13-account-addresses")

    // Signing out and back in shows the same history.
    await page.getByRole("button", { name: "Đăng xuất" }).click()
    await page.waitForURL((url) => url.pathname === "/")
    await page.goto("/account")
    await page.waitForURL((url) => url.pathname === "/account/login" && url.searchParams.get("redirectTo") === "/account")
    await waitForHydration(page)
    await page.getByLabel("Email").fill(email)
    await page.getByLabel("Mật khẩu").fill("sai-mat-khau")
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.getByRole("alert").filter({ hasText: "Email hoặc mật khẩu không đúng." }).waitFor()
    await screenshot(page, "14-login-wrong-password")
    await page.getByLabel("Mật khẩu").fill("mat-khau-an-toan")
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.waitForURL("**/account")
    await page.getByRole("link", { name: `Xem đơn #${number}` }).waitFor()

    expect(errors).toEqual([])
    await context.close()
  })
})
