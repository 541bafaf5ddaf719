import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import { FulfillmentWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { startCarrierStandIn } from "../../../../plugins/ocop/src/providers/carriers/stand-in"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, responseOf, seedShop, storeHeaders } from "../fixtures"
import {
  openPaymentSession,
  paymentsOf,
  pickVariant,
} from "../payment-fixtures"
import { addCarrierOption, cartTo, HOAN_KIEM_ADDRESS } from "./carrier-fixtures"

const API = "/shiip/public-api"
const ok = (data: unknown) => ({
  body: { code: 200, message: "Success", data },
})
const standIn = await startCarrierStandIn()
// GHN's order codes, one per parcel created in a test.
const CODES = ["LKV6QF", "LKV6QG", "LKV6QH"]
let created = 0
const answerAsDocumented = () => {
  created = 0
  standIn.answer({
    [`POST ${API}/v2/shipping-order/fee`]: () =>
      ok({ total: 36300, service_fee: 36300, insurance_fee: 0 }),
    [`POST ${API}/v2/shipping-order/leadtime`]: () =>
      ok({ leadtime: 1767225600 }),
    [`POST ${API}/v2/shipping-order/create`]: () =>
      ok({
        order_code: CODES[created++],
        total_fee: 36300,
        expected_delivery_time: "2026-12-09T16:59:59Z",
      }),
    [`POST ${API}/v2/a5/gen-token`]: () => ok({ token: "a5-token" }),
    [`POST ${API}/v2/switch-status/cancel`]: (r) =>
      ok(
        r.body.order_codes.map((c: string) => ({
          order_code: c,
          result: true,
          message: "OK",
        }))
      ),
  })
}

// medusa-config registers GHN only when its token and shop are set; the app boots after this.
process.env.GHN_TOKEN = "ghn-standin-token"
process.env.GHN_SHOP_ID = "885123"
process.env.GHN_API_URL = `${standIn.url}${API}`
process.env.GHN_WEBHOOK_TOKEN = "ghn-hook-secret"
process.env.CARRIER_TIMEOUT_MS = "1000"

const COD = "pp_system_default"
const VIETQR = "pp_vietqr_vietqr"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let variant: { id: string; price: number }
    let ghnOption: string
    let admin: any

    afterAll(() => standIn.close())

    beforeAll(async () => {
      store = await seedShop(getContainer(), ["p29"])
      variant = await pickVariant(getContainer())
      admin = await adminHeaders(api, getContainer())
      ghnOption = await addCarrierOption(api, getContainer(), store, admin, {
        provider_id: "ghn_ghn",
        name: "Giao Hàng Nhanh",
        code: "ghn",
        data: { id: "ghn-standard", service_type_id: 2 },
      }, variant.id)
      await dbUtils.snapshot()
    })
    beforeEach(() => {
      answerAsDocumented()
      standIn.requests.length = 0
    })

    const calculate = (cartId: string) =>
      responseOf(
        api.post(
          `/store/shipping-options/${ghnOption}/calculate`,
          { cart_id: cartId },
          storeHeaders(store)
        )
      )

    describe("checkout", () => {
      it("prices GHN for a seeded product from the An Giang warehouse to Hoàn Kiếm, Hà Nội, by GHN's fee API", async () => {
        const cartId = await cartTo(api, store, variant.id, HOAN_KIEM_ADDRESS)
        const { data: listed } = await api.get(
          `/store/shipping-options?cart_id=${cartId}`,
          storeHeaders(store)
        )
        expect(listed.shipping_options).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              id: ghnOption,
              price_type: "calculated",
            }),
          ])
        )
        const res = await calculate(cartId)
        expect(res.status).toBe(200)
        expect(res.data.shipping_option).toEqual(
          expect.objectContaining({
            id: ghnOption,
            amount: 36300,
            calculated_price: expect.objectContaining({
              expected_delivery_at: "2026-01-01T00:00:00.000Z",
            }),
          })
        )
        const fee = standIn.requests.find(
          (r) => r.path === `${API}/v2/shipping-order/fee`
        )!
        expect(fee.headers.token).toBe("ghn-standin-token")
        expect(fee.headers.shopid).toBe("885123")
        expect(fee.body).toEqual(
          expect.objectContaining({
            from_district_id: 1566,
            from_ward_code: "510111",
            to_district_id: 1489,
            to_ward_code: "1A0213",
            insurance_value: variant.price * 2,
          })
        )

        const { data: chosen } = await api.post(
          `/store/carts/${cartId}/shipping-methods?fields=id,shipping_total`,
          { option_id: ghnOption },
          storeHeaders(store)
        )
        expect(chosen.cart.shipping_total).toBe(36300)
      })

      it("answers 400 with GHN's timeout as the reason when GHN is silent, never a 500", async () => {
        const cartId = await cartTo(api, store, variant.id, HOAN_KIEM_ADDRESS)
        standIn.answer({ [`POST ${API}/v2/shipping-order/fee`]: () => "hang" })
        const res = await calculate(cartId)
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("GHN did not answer within 1 s")
        const chose = await responseOf(
          api.post(
            `/store/carts/${cartId}/shipping-methods`,
            { option_id: ghnOption },
            storeHeaders(store)
          )
        )
        expect(chose.status).toBe(400)
        const { data } = await api.get(
          `/store/carts/${cartId}?fields=shipping_methods.id`,
          storeHeaders(store)
        )
        expect(data.cart.shipping_methods).toEqual([])
      })

      it("refuses by name a commune GHN has no code for, and lets nobody choose it", async () => {
        // Côn Đảo had no commune before 2025: no old ward, so no GHN ward code.
        const cartId = await cartTo(api, store, variant.id, {
          ...HOAN_KIEM_ADDRESS,
          city: "Đặc khu Côn Đảo",
          province: "Thành phố Hồ Chí Minh",
        })
        const res = await calculate(cartId)
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(
          "shipping_address: GHN has no address code for Đặc khu Côn Đảo (26732); choose another delivery option"
        )
        const chose = await responseOf(
          api.post(
            `/store/carts/${cartId}/shipping-methods`,
            { option_id: ghnOption },
            storeHeaders(store)
          )
        )
        expect(chose.status).toBe(400)
        expect(chose.data.message).toContain("Đặc khu Côn Đảo")
        expect(
          standIn.requests.filter((r) => r.path.endsWith("/fee"))
        ).toHaveLength(0)
      })
    })

    /** A placed order shipped by GHN, paid with the given provider. */
    async function ghnOrder(providerId: string) {
      const cartId = await cartTo(api, store, variant.id, HOAN_KIEM_ADDRESS)
      await api.post(
        `/store/carts/${cartId}/shipping-methods`,
        { option_id: ghnOption },
        storeHeaders(store)
      )
      await openPaymentSession(api, store, cartId, providerId)
      const { data } = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        storeHeaders(store)
      )
      if (data.type !== "order") throw new Error(JSON.stringify(data.error))
      return data.order
    }
    async function fulfil(order: any) {
      const { data: detail } = await api.get(
        `/admin/orders/${order.id}?fields=id,*items`,
        admin
      )
      const { data } = await api.post(
        `/admin/orders/${order.id}/fulfillments?fields=id,fulfillments.id,fulfillments.data,fulfillments.labels.*`,
        {
          items: detail.order.items.map((i: any) => ({
            id: i.id,
            quantity: i.quantity,
          })),
        },
        admin
      )
      return data.order.fulfillments[0]
    }

    describe("shipments", () => {
      it("an order sent in two parcels has the cash collected once, by the first parcel", async () => {
        const order = await ghnOrder(COD)
        const { data: detail } = await api.get(
          `/admin/orders/${order.id}?fields=id,*items`,
          admin
        )
        const line = detail.order.items[0]
        for (let parcel = 0; parcel < 2; parcel++)
          await api.post(
            `/admin/orders/${order.id}/fulfillments`,
            { items: [{ id: line.id, quantity: 1 }] },
            admin
          )
        const sent = standIn.requests.filter(
          (r) => r.path === `${API}/v2/shipping-order/create`
        )
        expect(sent.map((r) => r.body.cod_amount)).toEqual([order.total, 0])
      })

      it("creating the fulfilment in Admin creates GHN's order collecting the COD order's total, with code and label", async () => {
        const order = await ghnOrder(COD)
        const fulfillment = await fulfil(order)
        const sent = standIn.requests.find(
          (r) => r.path === `${API}/v2/shipping-order/create`
        )!
        expect(sent.body.cod_amount).toBe(order.total)
        expect(sent.body.client_order_code).toBe(fulfillment.id)
        expect(fulfillment.data).toEqual(
          expect.objectContaining({ carrier: "ghn", order_code: "LKV6QF" })
        )
        expect(fulfillment.labels[0]).toEqual(
          expect.objectContaining({
            tracking_number: "LKV6QF",
            label_url: `${standIn.url}/a5/public-api/printA5?token=a5-token`,
          })
        )
      })

      it("collects nothing for an order paid by VietQR transfer", async () => {
        const order = await ghnOrder(VIETQR)
        await fulfil(order)
        const sent = standIn.requests.find(
          (r) => r.path === `${API}/v2/shipping-order/create`
        )!
        expect(sent.body.cod_amount).toBe(0)
      })

      it("cancelling the fulfilment cancels GHN's order", async () => {
        const order = await ghnOrder(COD)
        const fulfillment = await fulfil(order)
        await api.post(
          `/admin/orders/${order.id}/fulfillments/${fulfillment.id}/cancel`,
          {},
          admin
        )
        const sent = standIn.requests.find(
          (r) => r.path === `${API}/v2/switch-status/cancel`
        )!
        expect(sent.body).toEqual({ order_codes: ["LKV6QF"] })
      })
    })

    describe("POST /admin/ocop/cod-statements", () => {
      const importStatement = (
        statement_ref: string,
        lines: { tracking_code: string; amount: number }[]
      ) =>
        responseOf(
          api.post(
            "/admin/ocop/cod-statements",
            { carrier: "ghn", statement_ref, lines },
            admin
          )
        )

      it("matches GHN's COD statement per parcel: exact, short, unknown and paid twice, and captures nothing", async () => {
        const first = await ghnOrder(COD)
        await fulfil(first)
        const second = await ghnOrder(COD)
        await fulfil(second)
        const res = await importStatement("GHN-2026-12-10", [
          { tracking_code: "LKV6QF", amount: first.total },
          { tracking_code: "LKV6QG", amount: second.total - 10000 },
          { tracking_code: "ZZZZZZ", amount: 50000 },
          { tracking_code: "LKV6QF", amount: first.total },
        ])
        expect(res.status).toBe(200)
        expect(
          res.data.remittances.map((r: any) => [
            r.tracking_code,
            r.outcome,
            r.expected,
            r.order_id,
          ])
        ).toEqual([
          ["LKV6QF", "exact", first.total, first.id],
          ["LKV6QG", "short", second.total, second.id],
          ["ZZZZZZ", "unknown", null, null],
          ["LKV6QF", "duplicate", first.total, first.id],
        ])
        expect(res.data.summary).toEqual({
          exact: 1,
          short: 1,
          over: 0,
          unknown: 1,
          duplicate: 1,
        })

        const later = await importStatement("GHN-2026-12-17", [
          { tracking_code: "LKV6QF", amount: first.total },
        ])
        expect(later.data.remittances[0].outcome).toBe("duplicate")
        const again = await importStatement("GHN-2026-12-10", [
          { tracking_code: "LKV6QG", amount: 10000 },
        ])
        expect(again.status).toBe(422)
        expect(again.data.message).toContain("statement_ref")

        const { data: toLookAt } = await api.get(
          "/admin/ocop/cod-remittances?carrier=ghn",
          admin
        )
        expect(toLookAt.remittances.map((r: any) => r.outcome).sort()).toEqual([
          "duplicate",
          "duplicate",
          "short",
          "unknown",
        ])

        const payments = await paymentsOf(api, store, getContainer(), first.id)
        expect(payments.payments[0].captured_at).toBeNull()
      })

      it("refuses an amount with decimals by naming the field, and keeps nothing", async () => {
        const res = await importStatement("GHN-X", [
          { tracking_code: "LKV6QF", amount: 1000.5 },
        ])
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("lines.amount")
        const later = await importStatement("GHN-X", [
          { tracking_code: "LKV6QF", amount: 1000 },
        ])
        expect(later.status).toBe(200)
      })
    })

    describe("POST /hooks/ghn", () => {
      const report = (fulfillmentId: string, Status: string, Time: string) => ({
        OrderCode: "LKV6QF",
        ClientOrderCode: fulfillmentId,
        Status,
        Type: "switch_status",
        Time,
        ShopID: 885123,
        CODAmount: 0,
        Reason: "",
      })
      const hook = (body: unknown, token = "ghn-hook-secret") =>
        responseOf(api.post(`/hooks/ghn?token=${token}`, body))
      const shipments = async (orderId: string) =>
        (
          await api.get(
            `/store/ocop/orders/${orderId}/shipments`,
            storeHeaders(store)
          )
        ).data.shipments[0]

      it("refuses a call without the shop's token and changes nothing", async () => {
        const order = await ghnOrder(COD)
        const fulfillment = await fulfil(order)
        const res = await hook(
          report(fulfillment.id, "delivered", "2026-12-08T09:00:00Z"),
          "wrong"
        )
        expect(res.status).toBe(401)
        expect(await shipments(order.id)).toEqual(
          expect.objectContaining({ status: "packed", events: [] })
        )
      })

      it("picked up ships the parcel, delivered delivers it and captures the COD payment once, replays change nothing", async () => {
        const order = await ghnOrder(COD)
        const fulfillment = await fulfil(order)
        expect(
          (await hook(report(fulfillment.id, "picked", "2026-12-07T08:00:00Z")))
            .data
        ).toEqual({
          recorded: true,
          shipped: true,
          delivered: false,
        })
        expect(await shipments(order.id)).toEqual(
          expect.objectContaining({ status: "shipped", carrier: "GHN" })
        )

        const delivered = TestEventUtils.waitSubscribersExecution(
          FulfillmentWorkflowEvents.DELIVERY_CREATED,
          getContainer().resolve(Modules.EVENT_BUS)
        )
        await hook(report(fulfillment.id, "delivered", "2026-12-08T09:00:00Z"))
        await delivered
        const replay = await hook(
          report(fulfillment.id, "delivered", "2026-12-08T09:00:00Z")
        )
        expect(replay.data).toEqual({
          recorded: false,
          shipped: false,
          delivered: false,
        })

        const paid = await paymentsOf(api, store, getContainer(), order.id)
        expect(paid.paymentStatus).toBe("captured")
        expect(paid.payments[0].captures).toHaveLength(1)
        const parcel = await shipments(order.id)
        expect(parcel.status).toBe("delivered")
        expect(parcel.events.map((e: any) => e.status)).toEqual([
          "picked_up",
          "delivered",
        ])
      })

      it("a delivery reported before the pick-up still ships and delivers, and the late pick-up moves nothing back", async () => {
        const order = await ghnOrder(VIETQR)
        const fulfillment = await fulfil(order)
        expect(
          (
            await hook(
              report(fulfillment.id, "delivered", "2026-12-08T09:00:00Z")
            )
          ).data
        ).toEqual({
          recorded: true,
          shipped: true,
          delivered: true,
        })
        expect(
          (await hook(report(fulfillment.id, "picked", "2026-12-07T08:00:00Z")))
            .data
        ).toEqual({
          recorded: true,
          shipped: false,
          delivered: false,
        })
        const parcel = await shipments(order.id)
        expect(parcel.status).toBe("delivered")
        // The timeline reads in the carrier's time order, whatever the arrival order.
        expect(parcel.events.map((e: any) => e.status)).toEqual([
          "picked_up",
          "delivered",
        ])
      })

      it("records a failed delivery for the timeline without delivering", async () => {
        const order = await ghnOrder(COD)
        const fulfillment = await fulfil(order)
        await hook({
          ...report(fulfillment.id, "delivery_fail", "2026-12-08T09:00:00Z"),
          Reason: "Không liên lạc được người nhận",
        })
        const parcel = await shipments(order.id)
        expect(parcel.status).toBe("shipped")
        expect(parcel.events).toEqual([
          expect.objectContaining({
            status: "delivery_failed",
            reason: "Không liên lạc được người nhận",
          }),
        ])
        const paid = await paymentsOf(api, store, getContainer(), order.id)
        expect(paid.paymentStatus).toBe("authorized")
      })

      it("answers 404 for a parcel code that is not the fulfilment's", async () => {
        const order = await ghnOrder(COD)
        const fulfillment = await fulfil(order)
        const res = await hook({
          ...report(fulfillment.id, "picked", "2026-12-07T08:00:00Z"),
          OrderCode: "OTHER1",
        })
        expect(res.status).toBe(404)
      })
    })
  },
})
