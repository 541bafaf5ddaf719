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

const LABEL = "S1234567.SG01.A1.123456789"
const standIn = await startCarrierStandIn()
const answerAsDocumented = () =>
  standIn.answer({
    "GET /services/shipment/fee": () => ({
      body: {
        success: true,
        message: "",
        fee: { name: "area2", fee: 32000, insurance_fee: 0, delivery: true },
      },
    }),
    "POST /services/shipment/order/": (r) => ({
      body: {
        success: true,
        message: "",
        order: {
          partner_id: r.body.order.id,
          label: LABEL,
          fee: "32000",
          estimated_deliver_time: "Chiều 2026-12-10",
        },
      },
    }),
    [`POST /services/shipment/cancel/${LABEL}`]: () => ({
      body: { success: true, message: "" },
    }),
  })

// medusa-config registers GHTK only when its token is set; the app boots after this.
process.env.GHTK_TOKEN = "ghtk-standin-token"
process.env.GHTK_CLIENT_SOURCE = "S1234567"
process.env.GHTK_API_URL = standIn.url
process.env.GHTK_WEBHOOK_TOKEN = "ghtk-hook-secret"
process.env.CARRIER_TIMEOUT_MS = "1000"

const COD = "pp_system_default"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let variant: { id: string; price: number }
    let option: string
    let admin: any

    afterAll(() => standIn.close())

    beforeAll(async () => {
      store = await seedShop(getContainer(), ["p29"])
      variant = await pickVariant(getContainer())
      admin = await adminHeaders(api, getContainer())
      option = await addCarrierOption(api, getContainer(), store, admin, {
        provider_id: "ghtk_ghtk",
        name: "Giao Hàng Tiết Kiệm",
        code: "ghtk",
        data: { id: "ghtk-road" },
      }, variant.id)
      await dbUtils.snapshot()
    })
    beforeEach(() => {
      answerAsDocumented()
      standIn.requests.length = 0
    })

    async function ghtkOrder() {
      const cartId = await cartTo(api, store, variant.id, HOAN_KIEM_ADDRESS)
      await api.post(
        `/store/carts/${cartId}/shipping-methods`,
        { option_id: option },
        storeHeaders(store)
      )
      await openPaymentSession(api, store, cartId, COD)
      const { data } = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        storeHeaders(store)
      )
      if (data.type !== "order") throw new Error(JSON.stringify(data.error))
      const { data: detail } = await api.get(
        `/admin/orders/${data.order.id}?fields=id,*items`,
        admin
      )
      const { data: fulfilled } = await api.post(
        `/admin/orders/${data.order.id}/fulfillments?fields=id,fulfillments.id`,
        {
          items: detail.order.items.map((i: any) => ({
            id: i.id,
            quantity: i.quantity,
          })),
        },
        admin
      )
      return {
        order: data.order,
        fulfillmentId: fulfilled.order.fulfillments[0].id as string,
      }
    }

    it("prices GHTK for An Giang → Hoàn Kiếm by GHTK's fee API, and the cart pays it", async () => {
      const cartId = await cartTo(api, store, variant.id, HOAN_KIEM_ADDRESS)
      const { data } = await api.post(
        `/store/shipping-options/${option}/calculate`,
        { cart_id: cartId },
        storeHeaders(store)
      )
      expect(data.shipping_option.amount).toBe(32000)
      const [fee] = standIn.requests
      expect(fee!.headers.token).toBe("ghtk-standin-token")
      expect(fee!.headers["x-client-source"]).toBe("S1234567")
      expect(fee!.query).toEqual(
        expect.objectContaining({
          pick_province: "Tỉnh An Giang",
          province: "Thành phố Hà Nội",
          district: "Quận Hoàn Kiếm",
          address: "5 Hàng Gai, Phường Hoàn Kiếm",
        })
      )
      // Phường Hoàn Kiếm merged several old wards: GHTK's optional ward is not guessed.
      expect(fee!.query).not.toHaveProperty("ward")
      const { data: chosen } = await api.post(
        `/store/carts/${cartId}/shipping-methods?fields=id,shipping_total`,
        { option_id: option },
        storeHeaders(store)
      )
      expect(chosen.cart.shipping_total).toBe(32000)
    })

    it("answers 400 with the reason, never a 500, when GHTK is silent", async () => {
      const cartId = await cartTo(api, store, variant.id, HOAN_KIEM_ADDRESS)
      standIn.answer({ "GET /services/shipment/fee": () => "hang" })
      const res = await responseOf(
        api.post(
          `/store/shipping-options/${option}/calculate`,
          { cart_id: cartId },
          storeHeaders(store)
        )
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toContain("GHTK did not answer within 1 s")
    })

    it("the Admin fulfilment creates GHTK's order collecting the COD total; cancelling it cancels at GHTK", async () => {
      const { order, fulfillmentId } = await ghtkOrder()
      const created = standIn.requests.find(
        (r) => r.path === "/services/shipment/order/"
      )!
      expect(created.body.order).toEqual(
        expect.objectContaining({ id: fulfillmentId, pick_money: order.total })
      )
      await api.post(
        `/admin/orders/${order.id}/fulfillments/${fulfillmentId}/cancel`,
        {},
        admin
      )
      expect(standIn.requests.map((r) => r.path)).toContain(
        `/services/shipment/cancel/${LABEL}`
      )
    })

    describe("POST /hooks/ghtk", () => {
      const report = (
        partner_id: string,
        status_id: number,
        action_time: string
      ) => ({
        partner_id,
        label_id: LABEL,
        status_id,
        action_time,
        reason_code: "",
        reason: "",
        weight: 0.7,
        fee: 32000,
        pick_money: 0,
        return_part_package: 0,
      })
      const hook = (body: unknown, token = "ghtk-hook-secret") =>
        responseOf(api.post(`/hooks/ghtk?token=${token}`, body))

      it("refuses a wrong token and changes nothing", async () => {
        const { order, fulfillmentId } = await ghtkOrder()
        expect(
          (
            await hook(
              report(fulfillmentId, 5, "2026-12-08T09:00:00+07:00"),
              "nope"
            )
          ).status
        ).toBe(401)
        const { data } = await api.get(
          `/store/ocop/orders/${order.id}/shipments`,
          storeHeaders(store)
        )
        expect(data.shipments[0]).toEqual(
          expect.objectContaining({
            status: "packed",
            carrier: "GHTK",
            events: [],
          })
        )
      })

      it("the courier's own report (45) ships but does not deliver; GHTK's confirmation (5) delivers and captures COD, once", async () => {
        const { order, fulfillmentId } = await ghtkOrder()
        expect(
          (await hook(report(fulfillmentId, 45, "2026-12-08T08:00:00+07:00")))
            .data
        ).toEqual({
          recorded: true,
          shipped: true,
          delivered: false,
        })
        const delivered = TestEventUtils.waitSubscribersExecution(
          FulfillmentWorkflowEvents.DELIVERY_CREATED,
          getContainer().resolve(Modules.EVENT_BUS)
        )
        await hook(report(fulfillmentId, 5, "2026-12-08T09:00:00+07:00"))
        await delivered
        expect(
          (await hook(report(fulfillmentId, 5, "2026-12-08T09:00:00+07:00")))
            .data.recorded
        ).toBe(false)
        const paid = await paymentsOf(api, store, getContainer(), order.id)
        expect(paid.paymentStatus).toBe("captured")
        expect(paid.payments[0].captures).toHaveLength(1)
      })
    })
  },
})
