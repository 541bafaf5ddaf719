import type { Browser, Page } from "playwright-core"
import { inject } from "vitest"
import { getOrderAsAdmin } from "./support/admin"
import { backendUrl, factOf, launchBrowser, openShop, screenshot, storefrontUrl, textOf, waitForHydration } from "./support/browser"
import { addToCart } from "./support/shop"
import { startWalletStandIn, type WalletStandIn } from "./support/wallet-stand-in"

const COMPANY = {
  name: "Công ty TNHH Nông sản Sạch Châu Đốc",
  taxCode: "0312345678-001",
  address: "22 Thủ Khoa Nghĩa, Phường Châu Đốc, Tỉnh An Giang",
  email: "ketoan@nongsanchaudoc.vn",
}

// The shop's VNPay and MoMo URLs point at this port (support/global-setup.ts); a shop
// given from outside (E2E_STOREFRONT_URL) has no stand-in to point at.
const standInPort = inject("walletStandInPort")

let browser: Browser
let wallets: WalletStandIn
beforeAll(async () => {
  if (!standInPort) return
  wallets = await startWalletStandIn(standInPort)
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await wallets?.close()
})

/** Delivery to a commune of An Giang, as a shopper types it. */
async function fillDelivery(page: Page, email: string, name: string, phone: string, street: string) {
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Họ và tên").fill(name)
  await page.getByLabel("Số điện thoại").fill(phone)
  await page.getByLabel("Tỉnh, thành phố").selectOption("91")
  const commune = page.getByLabel("Xã, phường, đặc khu")
  await commune.locator("option[value='30628']").waitFor({ state: "attached" })
  await commune.selectOption("30628")
  await page.getByLabel("Số nhà, đường, ấp/khóm").fill(street)
}

describe.skipIf(!standInPort)("a guest paying with an e-wallet", () => {
  it("with VNPay and a company invoice: goes to VNPay's page and back, waits for VNPay's confirmation, sees the order paid, and opens the company invoice from the order page", async () => {
    const { page, context, errors } = await openShop(browser)
    await addToCart(page, "banh-hanh-nhan-tien-anh")

    await page.goto("/checkout")
    await waitForHydration(page)
    await fillDelivery(page, "vi.dien.tu@example.com", "Trần Thị Mai", "0912 345 678", "9 đường Tôn Đức Thắng")
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
    expect(wallets.vnpay).toHaveLength(1)
    const [payment] = wallets.vnpay
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
    await page.getByRole("link", { name: "Thanh toán", exact: true }).click()
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

  it("with MoMo: the shop creates the payment at MoMo, the browser goes to MoMo's page and back, and the IPN turns the order paid with a retail invoice", async () => {
    const { page, context, errors } = await openShop(browser)
    await addToCart(page, "banh-hanh-nhan-tien-anh")
    await page.goto("/checkout")
    await waitForHydration(page)
    await fillDelivery(page, "momo.vi@example.com", "Nguyễn Văn Hùng", "0933 111 222", "3 đường Hai Bà Trưng")
    await page.getByRole("group", { name: "Phương thức thanh toán" }).getByRole("radio", { name: /^Ví MoMo/ }).check()
    await page.getByRole("button", { name: /Đặt hàng · 75\.000\s₫/ }).click()

    // The backend asked MoMo's create API (signed), and the browser went to the pay URL MoMo gave.
    await page.waitForURL(`http://localhost:${standInPort}/v2/gateway/pay?**`)
    expect(wallets.momo).toHaveLength(1)
    const [created] = wallets.momo
    expect(created.signatureValid).toBe(true)
    expect(created.body).toEqual(
      expect.objectContaining({
        amount: 75000,
        requestType: "captureWallet",
        redirectUrl: `${storefrontUrl()}/checkout/wallet-return`,
        ipnUrl: `${backendUrl()}/hooks/wallets/momo/ipn`,
      })
    )
    expect(await textOf(page.getByTestId("amount"))).toBe("75.000 VND")
    await page.getByRole("link", { name: "Thanh toán", exact: true }).click()
    await page.waitForURL(/\/orders\/[^/]+\/confirmed$/)
    const wallet = page.getByRole("region", { name: "MoMo", exact: true })
    expect(await textOf(wallet)).toContain("MoMo đang chờ xác nhận thanh toán 75.000 ₫")
    expect(await factOf(page.locator(".summary"), "Tình trạng thanh toán")).toBe("Đang chờ xác nhận")

    // MoMo's server posts the IPN; the shop answers 204 as MoMo asks.
    const ipn = await fetch(`${backendUrl()}/hooks/wallets/momo/ipn`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(created.result),
    })
    expect(ipn.status).toBe(204)
    await wallet.getByText(/MoMo đã xác nhận thanh toán 75\.000\s₫/).waitFor({ timeout: 30_000 })
    expect(await factOf(page.locator(".summary"), "Tình trạng thanh toán")).toBe("Đã thanh toán")
    const invoices = page.getByRole("region", { name: "Hóa đơn", exact: true })
    await invoices.getByRole("link", { name: /^Hóa đơn bán lẻ C\d{2}TOC – \d{8}$/ }).waitFor({ timeout: 30_000 })
    await screenshot(page, "wallet-06-momo-paid")

    expect(errors).toEqual([])
    await context.close()
  })
})
