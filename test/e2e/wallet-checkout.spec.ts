import type { Browser } from "playwright-core"
import { inject } from "vitest"
import { getOrderAsAdmin } from "./support/admin"
import { backendUrl, factOf, launchBrowser, openShop, screenshot, storefrontUrl, textOf, waitForHydration } from "./support/browser"
import { addToCart } from "./support/shop"
import { startVnpayStandIn, type VnpayStandIn } from "./support/vnpay-stand-in"

const COMPANY = {
  name: "Công ty TNHH Nông sản Sạch Châu Đốc",
  taxCode: "0312345678-001",
  address: "22 Thủ Khoa Nghĩa, Phường Châu Đốc, Tỉnh An Giang",
  email: "ketoan@nongsanchaudoc.vn",
}

// The shop's VNPay pay URL points at this port (support/global-setup.ts); a shop given
// from outside (E2E_STOREFRONT_URL) has no stand-in to point at.
const standInPort = inject("vnpayStandInPort")

let browser: Browser
let vnpay: VnpayStandIn
beforeAll(async () => {
  if (!standInPort) return
  vnpay = await startVnpayStandIn(standInPort)
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await vnpay?.close()
})

describe.skipIf(!standInPort)("a guest paying with VNPay and asking for a company invoice", () => {
  it("goes to VNPay's page and back, waits for VNPay's confirmation, sees the order paid, and opens the company invoice from the order page", async () => {
    const { page, context, errors } = await openShop(browser)
    await addToCart(page, "banh-hanh-nhan-tien-anh")

    await page.goto("/checkout")
    await waitForHydration(page)
    await page.getByLabel("Email").fill("vi.dien.tu@example.com")
    await page.getByLabel("Họ và tên").fill("Trần Thị Mai")
    await page.getByLabel("Số điện thoại").fill("0912 345 678")
    await page.getByLabel("Tỉnh, thành phố").selectOption("91")
    const commune = page.getByLabel("Xã, phường, đặc khu")
    await commune.locator("option[value='30628']").waitFor({ state: "attached" })
    await commune.selectOption("30628")
    await page.getByLabel("Số nhà, đường, ấp/khóm").fill("9 đường Tôn Đức Thắng")
    await page.getByLabel("Xuất hóa đơn cho công ty").check()
    await page.getByLabel("Tên công ty").fill(COMPANY.name)
    await page.getByLabel("Mã số thuế (10 hoặc 13 số)").fill(COMPANY.taxCode)
    await page.getByLabel("Địa chỉ công ty").fill(COMPANY.address)
    await page.getByLabel("E-mail nhận hóa đơn").fill(COMPANY.email)
    await page.getByRole("group", { name: "Phương thức thanh toán" }).getByRole("radio", { name: /^VNPay/ }).check()
    await screenshot(page, "wallet-01-checkout-vnpay-company-invoice")

    // Placing the order sends the browser to VNPay's page (here the stand-in).
    await page.getByRole("button", { name: /Đặt hàng · 75\.000\s₫/ }).click()
    await page.waitForURL(`http://localhost:${standInPort}/paymentv2/vpcpay.html?**`)
    expect(vnpay.payments).toHaveLength(1)
    const [payment] = vnpay.payments
    // What the shop signed: the exact amount (×100, as VNPay counts), its own return page.
    expect(payment.signatureValid).toBe(true)
    expect(payment.params).toEqual(
      expect.objectContaining({
        vnp_Amount: "7500000",
        vnp_CurrCode: "VND",
        vnp_Command: "pay",
        vnp_ReturnUrl: `${storefrontUrl()}/checkout/wallet-return`,
        vnp_TxnRef: expect.stringMatching(/\S/),
      })
    )
    expect(await textOf(page.getByTestId("amount"))).toBe("75.000 VND")
    await screenshot(page, "wallet-02-vnpay-stand-in")

    // Paid on VNPay's page: VNPay sends the browser back with its signed result.
    await page.getByRole("link", { name: "Thanh toán" }).click()
    await page.waitForURL(/\/orders\/[^/]+\/confirmed$/)
    await page.getByRole("heading", { name: "Đặt hàng thành công" }).waitFor()
    const orderId = page.url().split("/").at(-2)!
    expect((await getOrderAsAdmin(orderId)).total).toBe(75000)
    // The return URL says "00" but is only the browser's word: the shop waits for the IPN.
    const wallet = page.getByRole("region", { name: "VNPay", exact: true })
    expect(await textOf(wallet)).toContain("VNPay đang chờ xác nhận thanh toán 75.000 ₫")
    expect(await factOf(page.locator(".summary"), "Tình trạng thanh toán")).toBe("Đang chờ xác nhận")
    await screenshot(page, "wallet-03-back-awaiting-ipn")

    // VNPay's server calls the shop's IPN with the same signed result.
    const ipn = await fetch(`${backendUrl()}/hooks/wallets/vnpay/ipn?${payment.result}`)
    expect(await ipn.json()).toEqual({ RspCode: "00", Message: "Confirm Success" })

    // The page asks again by itself and turns paid, then lists the company invoice once issued.
    await wallet.getByText(/VNPay đã xác nhận thanh toán 75\.000\s₫/).waitFor({ timeout: 30_000 })
    expect(await factOf(page.locator(".summary"), "Tình trạng thanh toán")).toBe("Đã thanh toán")
    const invoices = page.getByRole("region", { name: "Hóa đơn", exact: true })
    const invoiceLink = invoices.getByRole("link", { name: /^Hóa đơn công ty C\d{2}TOC – \d{8}$/ })
    await invoiceLink.waitFor({ timeout: 30_000 })
    expect(await textOf(invoices.getByRole("listitem"))).toContain("(đã phát hành)")
    const number = (await textOf(invoiceLink)).split("– ")[1]
    await screenshot(page, "wallet-04-paid-with-invoice")

    // The link opens the printable invoice in a new tab.
    const [printable] = await Promise.all([context.waitForEvent("page"), invoiceLink.click()])
    await printable.waitForLoadState()
    const text = await textOf(printable.locator("body"))
    expect(text).toContain(`Đơn vị mua hàng / Buyer: ${COMPANY.name}`)
    expect(text).toContain(`Mã số thuế / Tax code: ${COMPANY.taxCode}`)
    expect(text).toContain(`Địa chỉ / Address: ${COMPANY.address}`)
    expect(text).toContain(`Số / No.: ${number}`)
    expect(text).toContain("KHÔNG CÓ GIÁ TRỊ VỚI CƠ QUAN THUẾ")
    expect(text).toContain("Not registered with the tax authority")
    expect(text).toContain("Bảy mươi lăm nghìn đồng")
    await screenshot(printable, "wallet-05-printable-company-invoice")

    expect(errors).toEqual([])
    await context.close()
  })
})
