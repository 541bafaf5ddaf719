import { MedusaError } from "@medusajs/framework/utils"
import { startCarrierStandIn } from "../../carriers/stand-in"
import { GhnFulfillmentProviderService } from "../service"

// Contract tests: the requests GHN's API reference (api.ghn.vn, docs/carriers.md)
// asks for, sent to a recording stand-in that answers as the reference shows.
const TOKEN = "ghn-test-token"
const SHOP_ID = "885123"
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
  // As the storefront stores "Trần Minh": given name first_name, family name last_name.
  first_name: "Minh",
  last_name: "Trần",
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

const API = "/shiip/public-api"
const ok = (data: unknown) => ({
  body: { code: 200, message: "Success", data },
})

describe("GHN fulfillment provider", () => {
  let standIn: Awaited<ReturnType<typeof startCarrierStandIn>>
  let ghn: GhnFulfillmentProviderService

  // The stand-in answers at once, but a loaded CI machine can take longer than the
  // timeout tests' short deadline: only those tests build a client with 300 ms.
  const ghnWithin = (timeout_ms: number) =>
    new GhnFulfillmentProviderService(
      { logger },
      { token: TOKEN, shop_id: SHOP_ID, base_url: `${standIn.url}${API}`, timeout_ms }
    )

  beforeEach(async () => {
    standIn = await startCarrierStandIn({
      [`POST ${API}/v2/shipping-order/fee`]: () =>
        ok({ total: 36300, service_fee: 36300, insurance_fee: 0, cod_fee: 0 }),
      [`POST ${API}/v2/shipping-order/leadtime`]: () =>
        ok({ leadtime: 1767225600, order_date: 1766966400 }),
      [`POST ${API}/v2/shipping-order/create`]: () =>
        ok({
          order_code: "LKV6QF",
          sort_code: "19-15-06",
          trans_type: "truck",
          total_fee: 36300,
          expected_delivery_time: "2026-12-09T16:59:59Z",
        }),
      [`POST ${API}/v2/a5/gen-token`]: () => ok({ token: "a5-token-1" }),
      [`POST ${API}/v2/switch-status/cancel`]: (r) =>
        ok(
          r.body.order_codes.map((code: string) => ({
            order_code: code,
            result: true,
            message: "OK",
          }))
        ),
    })
    ghn = ghnWithin(5000)
  })
  afterEach(() => standIn.close())

  const quote = (address: Record<string, string> = HA_NOI) =>
    ghn.calculatePrice({ id: "ghn-standard", service_type_id: 2 }, {}, {
      id: "cart_1",
      shipping_address: address,
      items: ITEMS,
      from_location: WAREHOUSE,
    } as any)

  describe("calculatePrice", () => {
    it("quotes An Giang → Hà Nội with the token, shop id, GHN ids, grams, cm and đồng", async () => {
      const price = await quote()
      expect(price).toEqual({
        calculated_amount: 36300,
        is_calculated_price_tax_inclusive: true,
        expected_delivery_at: "2026-01-01T00:00:00.000Z",
      })
      const fee = standIn.requests.find((r) => r.path.endsWith("/fee"))!
      expect(fee.method).toBe("POST")
      expect(fee.path).toBe("/shiip/public-api/v2/shipping-order/fee")
      expect(fee.headers.token).toBe(TOKEN)
      expect(fee.headers.shopid).toBe(SHOP_ID)
      expect(fee.headers["content-type"]).toBe("application/json")
      // GHN's ids (scripts/data/ghn-master-data.json) of the communes' seats:
      // origin Long Xuyên → Phường Mỹ Hòa, Thành phố Long Xuyên (1566, 510111);
      // destination Hoàn Kiếm → Phường Hàng Trống, Quận Hoàn Kiếm (1489, 1A0213).
      expect(fee.body).toEqual({
        service_type_id: 2,
        from_district_id: 1566,
        from_ward_code: "510111",
        to_district_id: 1489,
        to_ward_code: "1A0213",
        weight: 700,
        length: 20,
        width: 10,
        height: 16,
        insurance_value: 240000,
        cod_value: 240000,
        coupon: null,
      })
    })

    it("shows the option unavailable (400, reason named) when GHN does not answer in time", async () => {
      standIn.answer({ [`POST ${API}/v2/shipping-order/fee`]: () => "hang" })
      ghn = ghnWithin(300)
      const error = await quote().catch((e) => e)
      expect(error).toBeInstanceOf(MedusaError)
      expect(error.type).toBe(MedusaError.Types.NOT_ALLOWED)
      expect(error.message).toMatch(
        /GHN delivery is unavailable right now: GHN did not answer within 0.3 s/
      )
    })

    it("passes on GHN's refusal message as the reason", async () => {
      standIn.answer({
        [`POST ${API}/v2/shipping-order/fee`]: () => ({
          status: 400,
          body: {
            code: 400,
            message: "Sai thông tin",
            code_message: "WARD_CODE_INVALID",
            data: null,
          },
        }),
      })
      const error = await quote().catch((e) => e)
      expect(error.type).toBe(MedusaError.Types.NOT_ALLOWED)
      expect(error.message).toContain("WARD_CODE_INVALID")
    })

    it("refuses a commune GHN has no code for by name, without calling GHN", async () => {
      // Côn Đảo had no commune before 2025: no old ward, so no GHN ward code.
      const error = await quote({
        ...HA_NOI,
        city: "Đặc khu Côn Đảo",
        province: "Thành phố Hồ Chí Minh",
      }).catch((e) => e)
      expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
      expect(error.message).toBe(
        "shipping_address: GHN has no address code for Đặc khu Côn Đảo (26732); choose another delivery option"
      )
      expect(standIn.requests).toHaveLength(0)
    })

    it("refuses an address that names no 2025 commune", async () => {
      const error = await quote({ ...HA_NOI, city: "Quận Hoàn Kiếm" }).catch(
        (e) => e
      )
      expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
      expect(error.message).toMatch(
        /^shipping_address: "Quận Hoàn Kiếm, Thành phố Hà Nội" is not a 2025 commune/
      )
    })
  })

  describe("createFulfillment and cancelFulfillment", () => {
    async function methodData() {
      return ghn.validateFulfillmentData(
        { id: "ghn-standard", service_type_id: 2 },
        {},
        {
          shipping_address: HA_NOI,
          items: ITEMS,
          from_location: WAREHOUSE,
        } as any
      )
    }
    const create = async (cod: number) =>
      ghn.createFulfillment(
        (await methodData()) as any,
        [{ line_item_id: "item_1", title: "Mắm cá linh", quantity: 2 }],
        { id: "order_1", items: ITEMS } as any,
        { id: "ful_1", delivery_address: HA_NOI } as any,
        { ocop_cod_amount: cod }
      )

    it("creates GHN's order with the COD amount the shop decided and keeps its code and label", async () => {
      const result = await create(276300)
      const sent = standIn.requests.find((r) =>
        r.path.endsWith("/shipping-order/create")
      )!
      expect(sent.headers.token).toBe(TOKEN)
      expect(sent.headers.shopid).toBe(SHOP_ID)
      expect(sent.body).toEqual(
        expect.objectContaining({
          payment_type_id: 1,
          required_note: "CHOXEMHANGKHONGTHU",
          client_order_code: "ful_1",
          from_district_id: 1566,
          from_ward_code: "510111",
          from_phone: "02963800000",
          to_name: "Trần Minh",
          to_phone: "0912345678",
          to_address: "5 Hàng Gai, Phường Hoàn Kiếm",
          to_district_id: 1489,
          to_ward_code: "1A0213",
          cod_amount: 276300,
          insurance_value: 240000,
          weight: 700,
          service_type_id: 2,
          items: [
            {
              name: "Mắm cá linh Châu Đốc",
              quantity: 2,
              weight: 350,
              price: 120000,
            },
          ],
        })
      )
      const label = standIn.requests.find((r) =>
        r.path.endsWith("/a5/gen-token")
      )!
      expect(label.body).toEqual({ order_codes: ["LKV6QF"] })
      expect(result.data).toEqual(
        expect.objectContaining({
          carrier: "ghn",
          order_code: "LKV6QF",
          cod_amount: 276300,
        })
      )
      expect(result.labels[0]).toEqual({
        tracking_number: "LKV6QF",
        tracking_url: "https://donhang.ghn.vn/?order_code=LKV6QF",
        label_url: `${standIn.url}/a5/public-api/printA5?token=a5-token-1`,
      })
    })

    it("sends 0 to collect for a prepaid order", async () => {
      await create(0)
      const sent = standIn.requests.find((r) =>
        r.path.endsWith("/shipping-order/create")
      )!
      expect(sent.body.cod_amount).toBe(0)
    })

    it("refuses to create a parcel when the amount to collect is unknown", async () => {
      const error = await ghn
        .createFulfillment(
          (await methodData()) as any,
          [],
          { id: "o" } as any,
          {} as any,
          {}
        )
        .catch((e) => e)
      expect(error.message).toMatch(/^additional_data.ocop_cod_amount/)
      expect(
        standIn.requests.filter((r) => r.path.endsWith("/create"))
      ).toHaveLength(0)
    })

    it("cancels GHN's order by its code", async () => {
      await ghn.cancelFulfillment({ carrier: "ghn", order_code: "LKV6QF" })
      const sent = standIn.requests.find((r) =>
        r.path.endsWith("/switch-status/cancel")
      )!
      expect(sent.path).toBe("/shiip/public-api/v2/switch-status/cancel")
      expect(sent.headers.token).toBe(TOKEN)
      expect(sent.body).toEqual({ order_codes: ["LKV6QF"] })
    })

    it("says so when GHN will not cancel (already picked up)", async () => {
      standIn.answer({
        [`POST ${API}/v2/switch-status/cancel`]: () =>
          ok([
            { order_code: "LKV6QF", result: false, message: "Đơn hàng đã lấy" },
          ]),
      })
      const error = await ghn
        .cancelFulfillment({ carrier: "ghn", order_code: "LKV6QF" })
        .catch((e) => e)
      expect(error.message).toBe(
        "GHN refused to cancel LKV6QF: Đơn hàng đã lấy"
      )
    })
  })
})
