import { MedusaError } from "@medusajs/framework/utils"
import { startCarrierStandIn } from "../../carriers/stand-in"
import { VtpFulfillmentProviderService } from "../service"

// Contract tests of the Viettel Post provider on a recording stand-in: what checkout
// and Medusa Admin send to Viettel Post, and what a shopper sees when it fails.
const TOKEN = "vtp-test-token"
const logger = { warn: () => {}, info: () => {}, error: () => {} } as any

// The seeded warehouse's address as the seed writes it (commune in address_1).
const WAREHOUSE = {
  name: "Kho OCOP An Giang",
  address: {
    address_1: "Phường Long Xuyên",
    city: "Tỉnh An Giang",
    country_code: "VN",
    phone: "02963800000",
  },
}
const HA_NOI = {
  first_name: "Trần",
  last_name: "Minh",
  phone: "0912345678",
  address_1: "5 Hàng Gai",
  city: "Phường Hoàn Kiếm",
  province: "Thành phố Hà Nội",
  country_code: "vn",
}
const ITEMS = [
  {
    id: "item_1",
    title: "Mắm cá linh",
    product_title: "Mắm cá linh Châu Đốc",
    quantity: 2,
    unit_price: 120000,
    variant: { weight: 350, length: 20, width: 10, height: 8 },
  },
]
const ok = (data: unknown) => ({
  body: { status: 200, error: false, message: "OK", data },
})
const PRICES = [
  { MA_DV_CHINH: "VHT", TEN_DICHVU: "Hỏa tốc", GIA_CUOC: 61000 },
  { MA_DV_CHINH: "VCN", TEN_DICHVU: "Chuyển phát nhanh", GIA_CUOC: 33000 },
]

describe("Viettel Post fulfillment provider", () => {
  let standIn: Awaited<ReturnType<typeof startCarrierStandIn>>
  let vtp: VtpFulfillmentProviderService

  // The stand-in answers at once, but a loaded CI machine can take longer than the
  // timeout tests' short deadline: only those tests build a client with 300 ms.
  const vtpWithin = (timeout_ms: number) =>
    new VtpFulfillmentProviderService(
      { logger },
      { token: TOKEN, base_url: standIn.url, timeout_ms }
    )

  beforeEach(async () => {
    standIn = await startCarrierStandIn({
      "POST /v2/order/getPriceAllNlp": () => ok(PRICES),
      "POST /v2/order/createOrderNlp": () =>
        ok({ ORDER_NUMBER: "1730458901234", MONEY_TOTAL: 33000 }),
      "POST /v2/order/UpdateOrder": () => ok(null),
    })
    vtp = vtpWithin(5000)
  })
  afterEach(() => standIn.close())

  const quote = (address: Record<string, string> = HA_NOI) =>
    vtp.calculatePrice({ id: "viettelpost-cheapest" }, {}, {
      id: "cart_1",
      shipping_address: address,
      items: ITEMS,
      from_location: WAREHOUSE,
    } as any)

  it("prices the cheapest service, sending both ends as 2025 addresses (commune, province)", async () => {
    expect(await quote()).toEqual({
      calculated_amount: 33000,
      is_calculated_price_tax_inclusive: true,
    })
    const [sent] = standIn.requests
    expect(sent!.headers.token).toBe(TOKEN)
    expect(sent!.body).toEqual({
      SENDER_ADDRESS: "Phường Long Xuyên, Tỉnh An Giang",
      RECEIVER_ADDRESS: "5 Hàng Gai, Phường Hoàn Kiếm, Thành phố Hà Nội",
      PRODUCT_TYPE: "HH",
      PRODUCT_WEIGHT: 700,
      PRODUCT_PRICE: 240000,
      MONEY_COLLECTION: 240000,
      PRODUCT_LENGTH: 20,
      PRODUCT_WIDTH: 10,
      PRODUCT_HEIGHT: 16,
      TYPE: 1,
    })
  })

  it("shows the option unavailable (400, reason named) on a timeout or a refusal", async () => {
    standIn.answer({ "POST /v2/order/getPriceAllNlp": () => "hang" })
    vtp = vtpWithin(300)
    const slow = await quote().catch((e) => e)
    expect(slow).toBeInstanceOf(MedusaError)
    expect(slow.type).toBe(MedusaError.Types.NOT_ALLOWED)
    expect(slow.message).toMatch(
      /^Viettel Post delivery is unavailable right now: Viettel Post did not answer within 0.3 s/
    )
    standIn.answer({
      "POST /v2/order/getPriceAllNlp": () => ({
        body: {
          status: 205,
          error: true,
          message: "Địa chỉ không hợp lệ",
          data: null,
        },
      }),
    })
    const refused = await quote().catch((e) => e)
    expect(refused.type).toBe(MedusaError.Types.NOT_ALLOWED)
    expect(refused.message).toContain("Địa chỉ không hợp lệ")
  })

  it("refuses an address that names no 2025 commune, without calling Viettel Post", async () => {
    const error = await quote({ ...HA_NOI, city: "Quận Hoàn Kiếm" }).catch(
      (e) => e
    )
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toMatch(
      /^shipping_address: "Quận Hoàn Kiếm, Thành phố Hà Nội" is not a 2025 commune/
    )
    expect(standIn.requests).toHaveLength(0)
  })

  describe("createFulfillment and cancelFulfillment", () => {
    const create = async (cod: number) =>
      vtp.createFulfillment(
        await vtp.validateFulfillmentData({ id: "viettelpost-cheapest" }, {}, {
          shipping_address: HA_NOI,
          items: ITEMS,
          from_location: WAREHOUSE,
        } as any),
        [{ line_item_id: "item_1", title: "Mắm cá linh", quantity: 2 }],
        { id: "order_1", items: ITEMS } as any,
        { id: "ful_1", delivery_address: HA_NOI } as any,
        { ocop_cod_amount: cod }
      )
    const created = () =>
      standIn.requests.find((r) => r.path.endsWith("/createOrderNlp"))!.body

    it("creates the order with the cheapest service, collecting the goods' amount the shop decided", async () => {
      const result = await create(276300)
      expect(created()).toEqual(
        expect.objectContaining({
          ORDER_NUMBER: "ful_1",
          SENDER_FULLNAME: "Kho OCOP An Giang",
          SENDER_ADDRESS: "Phường Long Xuyên, Tỉnh An Giang",
          SENDER_PHONE: "02963800000",
          RECEIVER_FULLNAME: "Trần Minh",
          RECEIVER_ADDRESS: "5 Hàng Gai, Phường Hoàn Kiếm, Thành phố Hà Nội",
          RECEIVER_PHONE: "0912345678",
          ORDER_SERVICE: "VCN",
          ORDER_PAYMENT: 3,
          MONEY_COLLECTION: 276300,
          PRODUCT_WEIGHT: 700,
          PRODUCT_PRICE: 240000,
          LIST_ITEM: [
            {
              PRODUCT_NAME: "Mắm cá linh Châu Đốc",
              PRODUCT_PRICE: 120000,
              PRODUCT_WEIGHT: 350,
              PRODUCT_QUANTITY: 2,
            },
          ],
        })
      )
      expect(result.data).toEqual({
        carrier: "viettelpost",
        order_number: "1730458901234",
        service: "VCN",
        cod_amount: 276300,
        total_fee: 33000,
      })
      expect(result.labels[0]!.tracking_number).toBe("1730458901234")
    })

    it("collects nothing for a prepaid order", async () => {
      await create(0)
      expect(created()).toEqual(
        expect.objectContaining({ ORDER_PAYMENT: 1, MONEY_COLLECTION: 0 })
      )
    })

    it("refuses a parcel whose amount to collect is unknown, and sends nothing", async () => {
      const error = await vtp
        .createFulfillment(
          { carrier: "viettelpost", from: {}, to: {} },
          [],
          { id: "o" } as any,
          { id: "f" } as any,
          {}
        )
        .catch((e) => e)
      expect(error.message).toBe(
        "additional_data.ocop_cod_amount: the cash Viettel Post should collect is unknown"
      )
      expect(standIn.requests).toHaveLength(0)
    })

    it("cancels with UpdateOrder TYPE 4, and passes on Viettel Post's refusal", async () => {
      await vtp.cancelFulfillment({ order_number: "1730458901234" })
      const cancel = standIn.requests.find((r) =>
        r.path.endsWith("/UpdateOrder")
      )!
      expect(cancel.body).toEqual(
        expect.objectContaining({ TYPE: 4, ORDER_NUMBER: "1730458901234" })
      )
      standIn.answer({
        "POST /v2/order/UpdateOrder": () => ({
          body: {
            status: 204,
            error: true,
            message: "Đơn hàng đã lấy, không thể hủy",
            data: null,
          },
        }),
      })
      const error = await vtp
        .cancelFulfillment({ order_number: "1730458901234" })
        .catch((e) => e)
      expect(error.type).toBe(MedusaError.Types.NOT_ALLOWED)
      expect(error.message).toContain("Đơn hàng đã lấy, không thể hủy")
    })
  })
})
