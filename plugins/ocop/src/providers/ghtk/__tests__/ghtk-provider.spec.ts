import { MedusaError } from "@medusajs/framework/utils"
import { startCarrierStandIn } from "../../carriers/stand-in"
import { GhtkFulfillmentProviderService } from "../service"

// Contract tests: the requests GHTK's API reference (docs.giaohangtietkiem.vn,
// docs/carriers.md) asks for, sent to a recording stand-in answering as documented.
const TOKEN = "ghtk-test-token"
const SOURCE = "S1234567"
const logger = { warn: () => {}, info: () => {}, error: () => {} } as any

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
    product_title: "Mắm cá linh Châu Đốc",
    quantity: 2,
    unit_price: 120000,
    variant: { weight: 350, length: 20, width: 10, height: 8 },
  },
]

describe("GHTK fulfillment provider", () => {
  let standIn: Awaited<ReturnType<typeof startCarrierStandIn>>
  let ghtk: GhtkFulfillmentProviderService

  // The stand-in answers at once, but a loaded CI machine can take longer than the
  // timeout tests' short deadline: only those tests build a client with 300 ms.
  const ghtkWithin = (timeout_ms: number) =>
    new GhtkFulfillmentProviderService(
      { logger },
      { token: TOKEN, client_source: SOURCE, base_url: standIn.url, timeout_ms }
    )

  beforeEach(async () => {
    standIn = await startCarrierStandIn({
      "GET /services/shipment/fee": () => ({
        body: {
          success: true,
          message: "",
          fee: {
            name: "area2",
            fee: 32000,
            insurance_fee: 0,
            delivery_type: "",
            a: 0,
            dt: "",
            extFees: [],
            delivery: true,
          },
        },
      }),
      "POST /services/shipment/order/": () => ({
        body: {
          success: true,
          message: "Các đơn hàng đã được add vào hệ thống GHTK thành công.",
          order: {
            partner_id: "ful_1",
            label: "S1234567.SG01.A1.123456789",
            area: "2",
            fee: "32000",
            insurance_fee: "0",
            estimated_pick_time: "Sáng 2026-12-07",
            estimated_deliver_time: "Chiều 2026-12-10",
            products: [],
            status_id: 2,
          },
        },
      }),
      "POST /services/shipment/cancel/S1234567.SG01.A1.123456789": () => ({
        body: { success: true, message: "", log_id: "…" },
      }),
    })
    ghtk = ghtkWithin(5000)
  })
  afterEach(() => standIn.close())

  const quote = (address: Record<string, string> = HA_NOI) =>
    ghtk.calculatePrice({ id: "ghtk-road" }, {}, {
      id: "cart_1",
      shipping_address: address,
      items: ITEMS,
      from_location: WAREHOUSE,
    } as any)

  describe("calculatePrice", () => {
    it("quotes An Giang → Hà Nội with Token and X-Client-Source, the documented required province and district, the 2025 communes in the address text, grams and đồng", async () => {
      expect(await quote()).toEqual({
        calculated_amount: 32000,
        is_calculated_price_tax_inclusive: true,
        expected_delivery_at: null,
      })
      const [fee] = standIn.requests
      expect(fee!.method).toBe("GET")
      expect(fee!.path).toBe("/services/shipment/fee")
      expect(fee!.headers.token).toBe(TOKEN)
      expect(fee!.headers["x-client-source"]).toBe(SOURCE)
      // Both 2025 communes merged several old wards: the optional wards are left out
      // rather than guessed; the districts (required) are their seats'.
      expect(fee!.query).toEqual({
        pick_province: "Tỉnh An Giang",
        pick_district: "Thành phố Long Xuyên",
        pick_address: "Phường Long Xuyên",
        province: "Thành phố Hà Nội",
        district: "Quận Hoàn Kiếm",
        address: "5 Hàng Gai, Phường Hoàn Kiếm",
        weight: "700",
        value: "240000",
        transport: "road",
        deliver_option: "none",
      })
    })

    it("names the ward only where the 2025 commune lies in a single old one (Xã Hòn Nghệ kept its ward)", async () => {
      await quote({
        ...HA_NOI,
        address_1: "Ấp Bãi Chướng",
        city: "Xã Hòn Nghệ",
        province: "Tỉnh An Giang",
      })
      expect(standIn.requests[0]!.query).toEqual(
        expect.objectContaining({
          province: "Tỉnh Kiên Giang",
          district: "Huyện Kiên Lương",
          ward: "Xã Hòn Nghệ",
          address: "Ấp Bãi Chướng, Xã Hòn Nghệ",
        })
      )
    })

    it("shows the option unavailable when GHTK does not answer in time", async () => {
      standIn.answer({ "GET /services/shipment/fee": () => "hang" })
      ghtk = ghtkWithin(300)
      const error = await quote().catch((e) => e)
      expect(error).toBeInstanceOf(MedusaError)
      expect(error.type).toBe(MedusaError.Types.NOT_ALLOWED)
      expect(error.message).toMatch(
        /GHTK delivery is unavailable right now: GHTK did not answer within 0.3 s/
      )
    })

    it("shows the option unavailable where GHTK says it does not deliver", async () => {
      standIn.answer({
        "GET /services/shipment/fee": () => ({
          body: {
            success: true,
            fee: { name: "", fee: 0, insurance_fee: 0, delivery: false },
          },
        }),
      })
      const error = await quote().catch((e) => e)
      expect(error.message).toContain(
        "GHTK does not deliver to Phường Hoàn Kiếm (Quận Hoàn Kiếm, Thành phố Hà Nội)"
      )
    })

    it("passes on GHTK's refusal (success: false) as the reason", async () => {
      standIn.answer({
        "GET /services/shipment/fee": () => ({
          body: { success: false, message: "Token không hợp lệ" },
        }),
      })
      const error = await quote().catch((e) => e)
      expect(error.message).toContain("Token không hợp lệ")
    })

    it("refuses an address that names no 2025 commune, without calling GHTK", async () => {
      const error = await quote({ ...HA_NOI, province: "Tỉnh Hà Tây" }).catch(
        (e) => e
      )
      expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
      expect(error.message).toMatch(/^shipping_address: /)
      expect(standIn.requests).toHaveLength(0)
    })
  })

  describe("createFulfillment and cancelFulfillment", () => {
    const create = async (cod: number) =>
      ghtk.createFulfillment(
        (await ghtk.validateFulfillmentData({ id: "ghtk-road" }, {}, {
          shipping_address: HA_NOI,
          items: ITEMS,
          from_location: WAREHOUSE,
        } as any)) as any,
        [{ line_item_id: "item_1", title: "Mắm cá linh", quantity: 2 }],
        { id: "order_1", items: ITEMS } as any,
        { id: "ful_1", delivery_address: HA_NOI } as any,
        { ocop_cod_amount: cod }
      )

    it("creates GHTK's order (ver 1.5, kg per product) collecting the COD amount, and keeps its label code", async () => {
      const result = await create(272000)
      const [sent] = standIn.requests
      expect(sent!.path).toBe("/services/shipment/order/")
      expect(sent!.query).toEqual({ ver: "1.5" })
      expect(sent!.headers.token).toBe(TOKEN)
      expect(sent!.body).toEqual({
        products: [
          {
            name: "Mắm cá linh Châu Đốc",
            weight: 0.35,
            quantity: 2,
            price: 120000,
          },
        ],
        order: expect.objectContaining({
          id: "ful_1",
          pick_name: "Kho OCOP An Giang",
          pick_address: "Phường Long Xuyên",
          pick_province: "Tỉnh An Giang",
          pick_district: "Thành phố Long Xuyên",
          pick_tel: "02963800000",
          name: "Trần Minh",
          tel: "0912345678",
          address: "5 Hàng Gai, Phường Hoàn Kiếm",
          province: "Thành phố Hà Nội",
          district: "Quận Hoàn Kiếm",
          hamlet: "Khác",
          is_freeship: "1",
          pick_money: 272000,
          value: 240000,
        }),
      })
      expect(sent!.body.order).not.toHaveProperty("ward")
      expect(sent!.body.order).not.toHaveProperty("pick_ward")
      expect(result.data).toEqual(
        expect.objectContaining({
          carrier: "ghtk",
          label: "S1234567.SG01.A1.123456789",
          cod_amount: 272000,
        })
      )
      expect(result.labels[0]!.tracking_number).toBe(
        "S1234567.SG01.A1.123456789"
      )
    })

    it("collects nothing for a prepaid order", async () => {
      await create(0)
      expect(standIn.requests[0]!.body.order.pick_money).toBe(0)
    })

    it("cancels by GHTK's label code", async () => {
      await ghtk.cancelFulfillment({
        carrier: "ghtk",
        label: "S1234567.SG01.A1.123456789",
      })
      const [sent] = standIn.requests
      expect(sent!.method).toBe("POST")
      expect(sent!.path).toBe(
        "/services/shipment/cancel/S1234567.SG01.A1.123456789"
      )
      expect(sent!.headers.token).toBe(TOKEN)
    })
  })
})
