import QRCode from "qrcode"
import type { Browser } from "playwright-core"
import { decodeVietQr } from "../../plugins/ocop/src/providers/vietqr/vietqr-payload"
import { adminToken, getOrderAsAdmin } from "./support/admin"
import { backendUrl, factOf, launchBrowser, openShop, screenshot, textOf, waitForHydration } from "./support/browser"
import { addToCart, placeOrder } from "./support/shop"

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe("a guest shopper paying by VietQR bank transfer", () => {
  it("checks out, gets a QR code for the exact total and reference, and sees it paid once the office has the transfer", async () => {
    const { page, context, errors } = await openShop(browser)
    await addToCart(page, "banh-hanh-nhan-tien-anh")

    await page.goto("/checkout")
    await waitForHydration(page)
    await page.getByLabel("Email").fill("chuyen.khoan@example.com")
    await page.getByLabel("Họ và tên").fill("Lê Văn Tâm")
    await page.getByLabel("Số điện thoại").fill("0987 654 321")
    await page.getByLabel("Tỉnh, thành phố").selectOption("91")
    const commune = page.getByLabel("Xã, phường, đặc khu")
    await commune.locator("option[value='30628']").waitFor({ state: "attached" })
    await commune.selectOption("30628")
    await page.getByLabel("Số nhà, đường, ấp/khóm").fill("5 đường Nguyễn Huệ")
    const payment = page.getByRole("group", { name: "Phương thức thanh toán" })
    // The keyboard reaches the choice as in any radio group: focus the checked one, arrow to the next.
    await payment.getByRole("radio", { name: /Thanh toán khi nhận hàng/ }).focus()
    await page.keyboard.press("ArrowDown")
    expect(await payment.getByRole("radio", { name: /Chuyển khoản ngân hàng \(VietQR\)/ }).isChecked()).toBe(true)
    await screenshot(page, "vietqr-01-checkout")

    await placeOrder(page, page.getByRole("button", { name: /Đặt hàng · 75\.000\s₫/ }))
    await page.getByRole("heading", { name: "Đặt hàng thành công" }).waitFor()
    const orderId = page.url().split("/").at(-2)!
    const order = await getOrderAsAdmin(orderId)
    expect(order.total).toBe(75000)

    const transfer = page.getByRole("region", { name: "Chuyển khoản để hoàn tất thanh toán" })
    const qr = transfer.getByRole("img", { name: /Mã VietQR chuyển 75\.000\s₫ vào tài khoản \d+, nội dung OCOP[0-9A-Z]{10}/ })
    expect(await qr.locator("svg").count()).toBe(1)
    const reference = await textOf(transfer.getByTestId("vietqr-reference"))
    const payload = await textOf(transfer.getByTestId("vietqr-payload"))
    expect(await textOf(transfer.getByTestId("vietqr-amount"))).toMatch(/^75\.000\s₫$/)
    expect(await factOf(transfer, "Ngân hàng")).toContain("970436")

    // The text shown is the transfer of this order, and the image is that text as a QR code.
    const decoded = decodeVietQr(payload)
    expect(decoded).toEqual(
      expect.objectContaining({
        bankBin: "970436",
        accountNumber: await textOf(transfer.getByTestId("vietqr-account")),
        amount: order.total,
        purpose: reference,
        crcValid: true,
      })
    )
    const expectedSvg = await QRCode.toString(payload, { type: "svg", margin: 2, errorCorrectionLevel: "M" })
    const modules = (svg: string) => [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1])
    expect(await qr.locator("path").evaluateAll((paths) => paths.map((p) => p.getAttribute("d")))).toEqual(modules(expectedSvg))
    expect(await factOf(page.locator(".summary"), "Tình trạng thanh toán")).toBe("Chờ chuyển khoản")
    await screenshot(page, "vietqr-02-confirmation-with-qr")

    // The office sees the money in the account and marks it received (the Admin widget's button).
    const res = await fetch(`${backendUrl()}/admin/ocop/orders/${orderId}/vietqr-received`, {
      method: "POST",
      headers: { authorization: `Bearer ${await adminToken()}`, "content-type": "application/json" },
      body: "{}",
    })
    expect(res.status).toBe(200)
    await page.reload()
    await page.getByText("Cửa hàng đã nhận được chuyển khoản của bạn. Cảm ơn bạn!").waitFor()
    expect(await factOf(page.locator(".summary"), "Tình trạng thanh toán")).toBe("Đã thanh toán")

    expect(errors).toEqual([])
    await context.close()
  })

  it("pays by VietQR with JavaScript off: the choice survives a refused form, the QR comes from the server", async () => {
    const { page, context } = await openShop(browser, { javaScriptEnabled: false })
    await page.goto("/products/banh-hanh-nhan-tien-anh")
    await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await page.getByRole("link", { name: "Giỏ hàng (1)" }).waitFor()

    await page.goto("/checkout")
    await page.getByLabel("Email").fill("khong.js@example.com")
    await page.getByLabel("Họ và tên").fill("Đỗ Thị Hạnh")
    await page.getByLabel("Số điện thoại").fill("0911 222 333")
    await page.getByLabel("Tỉnh, thành phố").selectOption("91")
    await page.getByRole("button", { name: "Tải danh sách xã" }).click()
    await page.getByLabel("Xã, phường, đặc khu").locator("option[value='30628']").waitFor({ state: "attached" })
    await page.getByLabel("Xã, phường, đặc khu").selectOption("30628")
    await page.getByLabel("Số nhà, đường, ấp/khóm").fill("x")
    const vietqr = () => page.getByRole("group", { name: "Phương thức thanh toán" }).getByRole("radio", { name: /VietQR/ })
    await vietqr().check()
    await page.getByRole("button", { name: /Đặt hàng/ }).click()
    await page.waitForLoadState("load")
    expect(await vietqr().isChecked()).toBe(true)

    await page.getByLabel("Số nhà, đường, ấp/khóm").fill("8 đường Lê Lợi")
    await placeOrder(page)
    const transfer = page.getByRole("region", { name: "Chuyển khoản để hoàn tất thanh toán" })
    expect(await transfer.getByRole("img", { name: /Mã VietQR chuyển 75\.000\s₫/ }).locator("svg").count()).toBe(1)
    const decoded = decodeVietQr(await textOf(transfer.getByTestId("vietqr-payload")))
    expect(decoded.purpose).toBe(await textOf(transfer.getByTestId("vietqr-reference")))
    expect(decoded.amount).toBe(75000)
    await screenshot(page, "vietqr-03-confirmation-no-js")
    await context.close()
  })
})
