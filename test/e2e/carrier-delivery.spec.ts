// Issue 16: a carrier from checkout to the shopper's door. The office offers GHN and GHTK
// (calculated options, as in Medusa Admin), the checkout shows each carrier's fee and
// GHN's estimate for the shopper's commune, the office creates the shipment (GHN's order,
// collecting the cash on delivery), GHN reports the parcel delivered on its webhook and
// the shopper's order page says "Đã giao" with the carrier and its tracking code. The
// carriers are a recording stand-in on the port the shop was started with.
import type { Browser } from "playwright-core"
import { inject } from "vitest"
import { startCarrierStandIn } from "../../plugins/ocop/src/providers/carriers/stand-in"
import { adminApi, carrierOfferedFor, offerCarrier, withdrawCarrier } from "./support/carriers"
import { E2E_CARRIERS, GHN_API_PATH } from "./support/carriers-env"
import { backendUrl, launchBrowser, openShop, screenshot, textOf, waitForHydration } from "./support/browser"
import { addToCart, placeOrder } from "./support/shop"

const PRODUCT = "banh-hanh-nhan-tien-anh" // 45.000 ₫, a producer's goods (its own shipping profile)
const GHN_CODE = "LKV6QF"
// GHN's leadtime is a Unix time: 10/12/2026, 12:00 in Hà Nội.
const LEADTIME = Date.UTC(2026, 11, 10, 5) / 1000
const ok = (data: unknown) => ({ body: { code: 200, message: "Success", data } })

const port = inject("carrierStandInPort")
let standIn: Awaited<ReturnType<typeof startCarrierStandIn>>
let browser: Browser

// A shop given by URL (E2E_BACKEND_URL) was not started with our stand-in as its carriers.
describe.skipIf(!port)("a parcel sent with a carrier", () => {
  beforeAll(async () => {
    standIn = await startCarrierStandIn(
      {
        [`POST ${GHN_API_PATH}/v2/shipping-order/fee`]: () => ok({ total: 36300, service_fee: 36300, insurance_fee: 0 }),
        [`POST ${GHN_API_PATH}/v2/shipping-order/leadtime`]: () => ok({ leadtime: LEADTIME }),
        [`POST ${GHN_API_PATH}/v2/shipping-order/create`]: () =>
          ok({ order_code: GHN_CODE, total_fee: 36300, expected_delivery_time: "2026-12-10T16:59:59Z" }),
        [`POST ${GHN_API_PATH}/v2/a5/gen-token`]: () => ok({ token: "a5-token" }),
        "GET /services/shipment/fee": () => ({
          body: { success: true, message: "", fee: { name: "area2", fee: 32000, insurance_fee: 0, delivery: true } },
        }),
      },
      port
    )
    browser = await launchBrowser()
    // The office offers both carriers from the warehouse, as it would in Medusa Admin.
    await offerCarrier({
      provider_id: "ghn_ghn",
      name: "Giao Hàng Nhanh (GHN)",
      code: "ghn",
      data: { id: "ghn-standard", service_type_id: 2 },
    })
    await offerCarrier({ provider_id: "ghtk_ghtk", name: "Giao Hàng Tiết Kiệm (GHTK)", code: "ghtk", data: { id: "ghtk-road" } })
    await carrierOfferedFor(PRODUCT, "ghn_ghn")
    await carrierOfferedFor(PRODUCT, "ghtk_ghtk")
  })
  afterAll(async () => {
    // The other specs shop with the flat rates only.
    await withdrawCarrier("ghn_ghn").catch(() => undefined)
    await withdrawCarrier("ghtk_ghtk").catch(() => undefined)
    await browser?.close()
    await standIn?.close()
  })

  it("checkout shows the carrier's fee and estimate; the office creates the shipment; GHN's delivered report shows 'Đã giao' on the order page", async () => {
    const { page, context, errors } = await openShop(browser)
    await addToCart(page, PRODUCT)
    await page.goto("/checkout")
    await waitForHydration(page)

    // Before an address the carriers cannot price: no fee is shown, never 0 ₫.
    const ghn = page.locator("label.choice", { hasText: "Giao Hàng Nhanh (GHN)" })
    const ghtk = page.locator("label.choice", { hasText: "Giao Hàng Tiết Kiệm (GHTK)" })
    expect(await textOf(ghn)).toContain("Chưa tính được phí")

    await page.getByLabel("Email").fill("khach.hanoi@example.com")
    await page.getByLabel("Họ và tên").fill("Trần Minh")
    await page.getByLabel("Số điện thoại").fill("0912 345 678")
    await page.getByLabel("Tỉnh, thành phố").selectOption("01")
    const commune = page.getByLabel("Xã, phường, đặc khu")
    await commune.locator("option[value='00070']").waitFor({ state: "attached" })
    await commune.selectOption("00070") // Phường Hoàn Kiếm
    await page.getByLabel("Số nhà, đường, ấp/khóm").fill("5 Hàng Gai")
    await ghn.getByRole("radio").check()
    await page.getByRole("button", { name: /Đặt hàng/ }).click()

    // The fee depends on the address just saved: the checkout shows it before anything is paid.
    await ghn.filter({ hasText: "36.300 ₫" }).waitFor()
    // What the shopper typed is still there: seeing the fee costs no retyping.
    expect(await page.getByLabel("Họ và tên").inputValue()).toBe("Trần Minh")
    expect(await page.getByLabel("Xã, phường, đặc khu").inputValue()).toBe("00070")
    expect(await page.getByLabel("Số nhà, đường, ấp/khóm").inputValue()).toBe("5 Hàng Gai")
    expect(await textOf(ghn)).toContain("Dự kiến giao: 10/12/2026")
    expect(await textOf(ghtk)).toContain("32.000 ₫")
    expect(await ghn.getByRole("radio").isChecked()).toBe(true)
    await screenshot(page, "40-checkout-carrier-fees")
    const ghnFee = standIn.requests.filter((r) => r.path === `${GHN_API_PATH}/v2/shipping-order/fee`).at(-1)!
    expect(ghnFee.headers.token).toBe(E2E_CARRIERS.ghn.token)
    expect(ghnFee.headers.shopid).toBe(E2E_CARRIERS.ghn.shopId)
    expect(ghnFee.body).toEqual(expect.objectContaining({ weight: expect.any(Number), insurance_value: 45000 }))
    const ghtkFee = standIn.requests.filter((r) => r.path === "/services/shipment/fee").at(-1)!
    // GHTK's documented required fields, and the 2025 commune the shopper chose in the address text.
    expect(ghtkFee.query).toEqual(
      expect.objectContaining({
        pick_province: "Tỉnh An Giang",
        pick_district: "Thành phố Long Xuyên",
        province: "Thành phố Hà Nội",
        district: "Quận Hoàn Kiếm",
        address: "5 Hàng Gai, Phường Hoàn Kiếm",
      })
    )

    // 45.000 ₫ of goods and GHN's 36.300 ₫, paid in cash on delivery.
    expect(await page.getByRole("radio", { name: /Thanh toán khi nhận hàng/ }).isChecked()).toBe(true)
    await placeOrder(page, page.getByRole("button", { name: /Đặt hàng · 81\.300 ₫/ }))
    await page.getByRole("heading", { name: "Đặt hàng thành công" }).waitFor()
    const orderId = page.url().split("/").at(-2)!

    // The office creates the shipment, as Medusa Admin's "Create fulfillment" does:
    // GHN's order is created collecting the order's total in cash.
    const { order } = await adminApi("GET", `/admin/orders/${orderId}?fields=id,total,*items`)
    expect(order.total).toBe(81300)
    const { order: fulfilled } = await adminApi(
      "POST",
      `/admin/orders/${orderId}/fulfillments?fields=id,fulfillments.id,fulfillments.labels.tracking_number`,
      { items: order.items.map((i: any) => ({ id: i.id, quantity: i.quantity })) }
    )
    const fulfillment = fulfilled.fulfillments[0]
    expect(fulfillment.labels[0].tracking_number).toBe(GHN_CODE)
    const created = standIn.requests.find((r) => r.path === `${GHN_API_PATH}/v2/shipping-order/create`)!
    expect(created.body).toEqual(
      expect.objectContaining({ client_order_code: fulfillment.id, cod_amount: 81300, to_name: "Trần Minh", to_phone: "0912345678" })
    )

    // The shopper's order page before GHN has the parcel: packed, with its carrier and code.
    await page.goto(`/orders/${orderId}`)
    const shipments = page.getByRole("region", { name: "Vận chuyển" })
    expect(await textOf(shipments)).toContain("Mã vận đơn: LKV6QF")

    // GHN reports on the webhook registered with the shop's secret: picked up, then delivered.
    const report = async (Status: string, Time: string) => {
      const res = await fetch(`${backendUrl()}/hooks/ghn?token=${E2E_CARRIERS.ghn.webhookToken}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          OrderCode: GHN_CODE,
          ClientOrderCode: fulfillment.id,
          Status,
          Type: "switch_status",
          Time,
          ShopID: Number(E2E_CARRIERS.ghn.shopId),
          CODAmount: 81300,
          Reason: "",
        }),
      })
      expect(res.status).toBe(200)
    }
    await report("picked", "2026-12-08T08:00:00+07:00")
    await report("delivered", "2026-12-10T10:30:00+07:00")

    await page.reload()
    const parcel = await textOf(shipments)
    expect(parcel).toContain("Kiện 1: Đã giao")
    expect(parcel).toContain("Đơn vị vận chuyển: GHN")
    expect(parcel).toContain("Mã vận đơn: LKV6QF")
    await screenshot(page, "41-order-delivered-by-carrier")
    expect(errors).toEqual([])
    await context.close()
  })
})
