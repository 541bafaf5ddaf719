import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { responseOf, seedShop, storeHeaders } from "../fixtures"
import { pickVariant, placeOrder } from "../payment-fixtures"

const COD = "pp_system_default"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let headers: { headers: Record<string, string> }
    let order: { id: string; display_id: number }

    beforeAll(async () => {
      store = await seedShop(getContainer(), ["p29"])
      headers = storeHeaders(store)
      const variant = await pickVariant(getContainer())
      // Placed by a guest with khach@example.vn and 0901234567 (payment-fixtures).
      order = (await placeOrder(api, store, variant.id, COD)).order
      await dbUtils.snapshot()
    })

    const lookup = (body: Record<string, unknown>, extra: Record<string, string> = {}) =>
      responseOf(
        api.post("/store/ocop/orders/lookup", body, {
          headers: { ...headers.headers, ...extra },
        })
      )

    describe("POST /store/ocop/orders/lookup", () => {
      it("gives a pass to the order for its number with its e-mail, which opens that order", async () => {
        const res = await lookup({ number: order.display_id, contact: "KHACH@example.vn" })
        expect(res.status).toBe(200)
        expect(res.data).toEqual({
          order_id: order.id,
          access_token: expect.any(String),
          expires_at: expect.any(String),
        })
        const minutes = (Date.parse(res.data.expires_at) - Date.now()) / 60000
        expect(minutes).toBeGreaterThan(25)
        expect(minutes).toBeLessThanOrEqual(30)

        const opened = await responseOf(
          api.post("/store/ocop/orders/access", { token: res.data.access_token }, headers)
        )
        expect(opened.status).toBe(200)
        expect(opened.data.order_id).toBe(order.id)
      })

      it("accepts the order's phone number written the international way", async () => {
        const res = await lookup({ number: String(order.display_id), contact: "+84 901 234 567" })
        expect(res.status).toBe(200)
        expect(res.data.order_id).toBe(order.id)
      })

      it("answers a wrong contact exactly as a number that does not exist", async () => {
        const wrongContact = await lookup({ number: order.display_id, contact: "other@example.vn" })
        const wrongNumber = await lookup({ number: order.display_id + 1000, contact: "khach@example.vn" })
        expect(wrongContact.status).toBe(404)
        expect(wrongNumber.status).toBe(404)
        expect(wrongContact.data).toEqual(wrongNumber.data)
        expect(wrongContact.data.access_token).toBeUndefined()
      })

      it("names the field of a malformed request", async () => {
        const res = await lookup({ number: "abc", contact: "khach@example.vn" })
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("number")
        const extra = await lookup({ number: 1, contact: "khach@example.vn", order_id: "x" })
        expect(extra.status).toBe(400)
      })
    })

    describe("POST /store/ocop/orders/access", () => {
      it("opens nothing with a pass that was altered", async () => {
        const { data } = await lookup({ number: order.display_id, contact: "0901234567" })
        const [payload, mac] = data.access_token.split(".")
        const other = Buffer.from(JSON.stringify({ o: "order_other", exp: 9999999999 })).toString("base64url")
        const res = await responseOf(
          api.post("/store/ocop/orders/access", { token: `${other}.${mac}` }, headers)
        )
        expect(res.status).toBe(404)
        expect(res.data.message).toContain("token")
        expect(payload).not.toBe(other)
      })
    })

    // Last: it spends the address's budget, which the tests above share.
    describe("the lookup's limit", () => {
      it("stops an address after its budget whatever numbers, contacts or forwarded addresses it sends", async () => {
        const statuses: number[] = []
        for (let i = 0; i < 11; i++) {
          const res = await lookup(
            { number: order.display_id + i, contact: `guess${i}@example.vn` },
            { "x-forwarded-for": `203.0.113.${i}` }
          )
          statuses.push(res.status)
        }
        expect(statuses.at(-1)).toBe(429)
        const first = statuses.indexOf(429)
        expect(statuses.slice(first).every((s) => s === 429)).toBe(true)
        const right = await lookup({ number: order.display_id, contact: "khach@example.vn" })
        expect(right.status).toBe(429)
      })
    })
  },
})
