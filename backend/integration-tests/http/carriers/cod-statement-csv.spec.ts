import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { startCarrierStandIn } from "../../../../plugins/ocop/src/providers/carriers/stand-in"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, responseOf, seedShop, storeHeaders } from "../fixtures"
import { openPaymentSession, paymentsOf, pickVariant } from "../payment-fixtures"
import { addCarrierOption, cartTo, HOAN_KIEM_ADDRESS } from "./carrier-fixtures"

// The office uploads a carrier's COD statement as the CSV export it received (Admin's
// "Đối soát COD" page posts the file's text). Parcels are GHN's, created through a
// recording stand-in as in carrier-ghn.spec.ts.
const API = "/shiip/public-api"
const ok = (data: unknown) => ({ body: { code: 200, message: "Success", data } })
const standIn = await startCarrierStandIn()
const CODES = ["LKV6QF", "LKV6QG"]
let created = 0
const answerAsDocumented = () => {
  created = 0
  standIn.answer({
    [`POST ${API}/v2/shipping-order/fee`]: () => ok({ total: 36300, service_fee: 36300, insurance_fee: 0 }),
    [`POST ${API}/v2/shipping-order/leadtime`]: () => ok({ leadtime: 1767225600 }),
    [`POST ${API}/v2/shipping-order/create`]: () =>
      ok({ order_code: CODES[created++], total_fee: 36300, expected_delivery_time: "2026-12-09T16:59:59Z" }),
    [`POST ${API}/v2/a5/gen-token`]: () => ok({ token: "a5-token" }),
  })
}

process.env.GHN_TOKEN = "ghn-standin-token"
process.env.GHN_SHOP_ID = "885123"
process.env.GHN_API_URL = `${standIn.url}${API}`
process.env.CARRIER_TIMEOUT_MS = "1000"

const COD = "pp_system_default"

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
      ghnOption = await addCarrierOption(
        api,
        getContainer(),
        store,
        admin,
        { provider_id: "ghn_ghn", name: "Giao Hàng Nhanh", code: "ghn", data: { id: "ghn-standard", service_type_id: 2 } },
        variant.id
      )
      await dbUtils.snapshot()
    })
    beforeEach(() => {
      answerAsDocumented()
    })

    /** A cash-on-delivery order shipped by GHN (the office created its fulfilment). */
    async function shippedOrder() {
      const cartId = await cartTo(api, store, variant.id, HOAN_KIEM_ADDRESS)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: ghnOption }, storeHeaders(store))
      await openPaymentSession(api, store, cartId, COD)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders(store))
      if (data.type !== "order") throw new Error(JSON.stringify(data.error))
      const { data: detail } = await api.get(`/admin/orders/${data.order.id}?fields=id,*items`, admin)
      await api.post(
        `/admin/orders/${data.order.id}/fulfillments`,
        { items: detail.order.items.map((i: any) => ({ id: i.id, quantity: i.quantity })) },
        admin
      )
      return data.order
    }

    const upload = (statement_ref: string, csv: string, carrier = "ghn") =>
      responseOf(api.post("/admin/ocop/cod-statements/csv", { carrier, statement_ref, csv }, admin))
    const kept = async () =>
      (await api.get("/admin/ocop/cod-remittances?outcome=exact,short,over,unknown,duplicate", admin)).data.remittances

    describe("POST /admin/ocop/cod-statements/csv", () => {
      it("matches GHN's CSV export per parcel, names each file line's outcome, lists the mismatches and captures nothing", async () => {
        const first = await shippedOrder()
        const second = await shippedOrder()
        const dots = (n: number) => n.toLocaleString("de-DE") // 81300 → "81.300", as Vietnamese exports write it
        const csv = [
          "\uFEFFSTT;Mã vận đơn;Người nhận;Tiền thu hộ (COD)",
          `1;LKV6QF;Trần Minh;${dots(first.total)}`,
          `2;LKV6QG;Trần Minh;"${dots(second.total - 10000)} đ"`,
          "3;ZZZZZZ;Lê Hai;50.000",
          "",
          `4;LKV6QF;Trần Minh;${dots(first.total)}`,
        ].join("\r\n")
        const res = await upload("GHN-2026-12-10", csv)
        expect(res.status).toBe(200)
        expect(res.data.remittances.map((r: any) => [r.line, r.tracking_code, r.amount, r.outcome, r.order_id])).toEqual([
          [2, "LKV6QF", first.total, "exact", first.id],
          [3, "LKV6QG", second.total - 10000, "short", second.id],
          [4, "ZZZZZZ", 50000, "unknown", null],
          [6, "LKV6QF", first.total, "duplicate", first.id],
        ])
        expect(res.data.summary).toEqual({ exact: 1, short: 1, over: 0, unknown: 1, duplicate: 1 })

        const { data: toChase } = await api.get("/admin/ocop/cod-remittances?carrier=ghn", admin)
        expect(toChase.remittances.map((r: any) => r.outcome).sort()).toEqual(["duplicate", "short", "unknown"])
        const payments = await paymentsOf(api, store, getContainer(), second.id)
        expect(payments.payments[0].captured_at).toBeNull()

        const again = await upload("GHN-2026-12-10", "tracking_code,amount\nLKV6QG,10000\n")
        expect(again.status).toBe(422)
        expect(again.data.message).toContain("statement_ref")
      })

      it("refuses an amount that is not whole đồng by its line and column, and keeps nothing of the file", async () => {
        const order = await shippedOrder()
        const res = await upload("GHN-X", `Mã vận đơn,Tiền COD\nLKV6QF,${order.total}\nZZZZZZ,"1.234,50"\n`)
        expect(res.status).toBe(400)
        expect(res.data).toEqual(
          expect.objectContaining({
            type: "invalid_data",
            message: 'csv line 3, column "Tiền COD": "1.234,50" is not an amount in whole đồng',
          })
        )
        expect(await kept()).toEqual([])
        // Corrected, the same statement imports.
        expect((await upload("GHN-X", `Mã vận đơn,Tiền COD\nLKV6QF,${order.total}\n`)).status).toBe(200)
      })

      it("refuses a file without a parcel-code column, a binary file, an unknown field and a file over 1 MB", async () => {
        const noCode = await upload("GHN-Y", "Người nhận,Tiền thu hộ\nTrần Minh,81300\n")
        expect(noCode.status).toBe(400)
        expect(noCode.data.message).toMatch(/^csv line 1: no column for the parcel code/)

        // An Excel file sent as text: the shop's guard on NUL characters in any body names the field.
        const binary = await upload("GHN-Y", "PK\u0003\u0004\u0000\u0000xl/workbook.xml")
        expect(binary.status).toBe(400)
        expect(binary.data.message).toMatch(/^csv\b/)

        const extra = await responseOf(
          api.post("/admin/ocop/cod-statements/csv", { carrier: "ghn", statement_ref: "GHN-Y", csv: "a,b\n", paid: true }, admin)
        )
        expect(extra.status).toBe(400)

        const big = await upload("GHN-Y", `tracking_code,amount\n${"LKV6QF,81300\n".repeat(80_000)}`)
        expect(big.status).toBe(400)
        expect(big.data.message).toContain("Value for field 'csv' too big, expected at most: '1000000'")
        expect(await kept()).toEqual([])
      })
    })
  },
})
