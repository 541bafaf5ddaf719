import { CarrierError } from "../../carriers/http"
import { communeByCode } from "../../carriers/communes"
import { startCarrierStandIn } from "../../carriers/stand-in"
import { vtpAddressText } from "../address"
import { cheapestService, VtpClient } from "../client"

// Contract tests of the Viettel Post client: the requests its partner API takes
// (docs/carriers.md, "Viettel Post"), sent to a recording stand-in that answers in
// Viettel Post's envelope.
const TOKEN = "vtp-test-token"
const ok = (data: unknown) => ({
  body: { status: 200, error: false, message: "OK", data },
})

describe("Viettel Post client", () => {
  let standIn: Awaited<ReturnType<typeof startCarrierStandIn>>
  let vtp: VtpClient

  // The stand-in answers at once, but a loaded CI machine can take longer than the
  // timeout tests' short deadline: only those tests build a client with 300 ms.
  const clientWithin = (timeout_ms: number) =>
    new VtpClient({ token: TOKEN, base_url: standIn.url, timeout_ms })

  beforeEach(async () => {
    standIn = await startCarrierStandIn({
      "POST /v2/order/getPriceAllNlp": () =>
        ok([
          {
            MA_DV_CHINH: "VHT",
            TEN_DICHVU: "Chuyển phát hỏa tốc",
            GIA_CUOC: 61000,
            THOI_GIAN: "24 giờ",
          },
          {
            MA_DV_CHINH: "VCN",
            TEN_DICHVU: "Chuyển phát nhanh",
            GIA_CUOC: 33000,
            THOI_GIAN: "48 giờ",
          },
        ]),
      "POST /v2/order/createOrderNlp": () =>
        ok({
          ORDER_NUMBER: "1730458901234",
          MONEY_COLLECTION: 276300,
          MONEY_TOTAL: 33000,
        }),
      "POST /v2/order/UpdateOrder": () => ok(null),
    })
    vtp = clientWithin(5000)
  })
  afterEach(() => standIn.close())

  const hoanKiem = () => vtpAddressText("5 Hàng Gai", communeByCode("00070")!)
  const longXuyen = () =>
    vtpAddressText("Kho OCOP An Giang", communeByCode("30307")!)

  it("writes a 2025 address as street, commune and province, with no district", () => {
    expect(hoanKiem()).toBe("5 Hàng Gai, Phường Hoàn Kiếm, Thành phố Hà Nội")
    expect(longXuyen()).toBe(
      "Kho OCOP An Giang, Phường Long Xuyên, Tỉnh An Giang"
    )
  })

  it("prices a route with the token header, addresses as text, grams, cm and đồng", async () => {
    const services = await vtp.prices({
      SENDER_ADDRESS: longXuyen(),
      RECEIVER_ADDRESS: hoanKiem(),
      PRODUCT_TYPE: "HH",
      PRODUCT_WEIGHT: 700,
      PRODUCT_PRICE: 240000,
      MONEY_COLLECTION: 240000,
      PRODUCT_LENGTH: 20,
      PRODUCT_WIDTH: 10,
      PRODUCT_HEIGHT: 16,
      TYPE: 1,
    })
    const [sent] = standIn.requests
    expect(sent!.method).toBe("POST")
    expect(sent!.path).toBe("/v2/order/getPriceAllNlp")
    expect(sent!.headers.token).toBe(TOKEN)
    expect(sent!.headers["content-type"]).toBe("application/json")
    expect(sent!.body).toEqual({
      SENDER_ADDRESS: "Kho OCOP An Giang, Phường Long Xuyên, Tỉnh An Giang",
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
    expect(cheapestService(services)).toEqual(
      expect.objectContaining({ MA_DV_CHINH: "VCN", GIA_CUOC: 33000 })
    )
  })

  it("treats error: true as a refusal with Viettel Post's message, even on HTTP 200", async () => {
    standIn.answer({
      "POST /v2/order/getPriceAllNlp": () => ({
        body: {
          status: 205,
          error: true,
          message: "Không tìm thấy địa chỉ người nhận",
          data: null,
        },
      }),
    })
    const error = await vtp
      .prices({} as any)
      .catch((e: unknown) => e as CarrierError)
    expect(error).toBeInstanceOf(CarrierError)
    expect(error.failure).toBe("rejected")
    expect(error.message).toBe(
      "Viettel Post refused /v2/order/getPriceAllNlp: Không tìm thấy địa chỉ người nhận"
    )
  })

  it("gives up after the deadline when Viettel Post does not answer", async () => {
    standIn.answer({ "POST /v2/order/getPriceAllNlp": () => "hang" })
    vtp = clientWithin(300)
    const error = await vtp
      .prices({} as any)
      .catch((e: unknown) => e as CarrierError)
    expect(error.failure).toBe("timeout")
    expect(error.message).toBe("Viettel Post did not answer within 0.3 s")
  })

  it("creates an order collecting the goods' amount and cancels it with TYPE 4", async () => {
    const created = await vtp.createOrder({
      ORDER_NUMBER: "ful_1",
      SENDER_FULLNAME: "Kho OCOP An Giang",
      SENDER_ADDRESS: longXuyen(),
      SENDER_PHONE: "02963800000",
      RECEIVER_FULLNAME: "Trần Minh",
      RECEIVER_ADDRESS: hoanKiem(),
      RECEIVER_PHONE: "0912345678",
      PRODUCT_NAME: "Mắm cá linh Châu Đốc",
      PRODUCT_QUANTITY: 2,
      PRODUCT_PRICE: 240000,
      PRODUCT_WEIGHT: 700,
      PRODUCT_LENGTH: 20,
      PRODUCT_WIDTH: 10,
      PRODUCT_HEIGHT: 16,
      PRODUCT_TYPE: "HH",
      ORDER_PAYMENT: 3,
      ORDER_SERVICE: "VCN",
      ORDER_SERVICE_ADD: "",
      ORDER_NOTE: "Cho xem hàng, không cho thử",
      MONEY_COLLECTION: 276300,
      LIST_ITEM: [
        {
          PRODUCT_NAME: "Mắm cá linh Châu Đốc",
          PRODUCT_PRICE: 120000,
          PRODUCT_WEIGHT: 350,
          PRODUCT_QUANTITY: 2,
        },
      ],
    })
    expect(created.ORDER_NUMBER).toBe("1730458901234")
    const create = standIn.requests.find((r) =>
      r.path.endsWith("/createOrderNlp")
    )!
    expect(create.headers.token).toBe(TOKEN)
    expect(create.body).toEqual(
      expect.objectContaining({
        ORDER_NUMBER: "ful_1",
        RECEIVER_ADDRESS: "5 Hàng Gai, Phường Hoàn Kiếm, Thành phố Hà Nội",
        ORDER_PAYMENT: 3,
        MONEY_COLLECTION: 276300,
      })
    )

    await vtp.cancelOrder("1730458901234", "Khách hủy đơn")
    const cancel = standIn.requests.find((r) =>
      r.path.endsWith("/UpdateOrder")
    )!
    expect(cancel.body).toEqual({
      TYPE: 4,
      ORDER_NUMBER: "1730458901234",
      NOTE: "Khách hủy đơn",
    })
  })

  it("finds no service in an empty or unpriced list", () => {
    expect(cheapestService([])).toBeNull()
    expect(cheapestService(null)).toBeNull()
    expect(
      cheapestService([{ MA_DV_CHINH: "X", TEN_DICHVU: "x", GIA_CUOC: 0 }])
    ).toBeNull()
  })
})
