import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  monthPeriod,
  periodOf,
  previousPeriod,
} from "@ocop-market/medusa-plugin-ocop/modules/settlement"
import { adminHeaders, responseOf, storeHeaders } from "../fixtures"
import { openPaymentSession, placeOrder } from "../payment-fixtures"
import { producerSession, seedProducerLogins } from "../producer-fixtures"
import { type SalesPointSetup, setupSalesPoints } from "../sales-point-fixtures"
import {
  backdate,
  orderLines,
  paymentOf,
  producerOfProduct,
} from "./settlement-fixtures"

const SETTINGS = "/admin/ocop/settlement-settings"
const GENERATE = "/admin/ocop/settlements/generate"

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, dbUtils }) => {
    let s: SalesPointSetup
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      s = await setupSalesPoints(api, getContainer())
      admin = await adminHeaders(api, getContainer())
      await dbUtils.snapshot()
    })

    /** A sale at point A's counter of `quantity` units of the first variant. */
    const counterSale = async (quantity: number) => {
      const { data } = await api.post(
        `/sales-point/points/${s.pointA.id}/sales`,
        {
          items: [{ variant_id: s.variants[0].id, quantity }],
          payment_method: "cash",
        },
        s.a
      )
      return data.sale.order_id as string
    }
    const refund = (orderId: string, amount: number) =>
      paymentOf(getContainer(), orderId).then((id) =>
        api.post(`/admin/payments/${id}/refund`, { amount }, admin)
      )
    const statementsOf = async (period: string) =>
      (await api.get(`/admin/ocop/settlements?period=${period}`, admin)).data

    const productOf = async (variantId: string) => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "product_variant",
          fields: ["product_id"],
          filters: { id: variantId },
        })
      return (data[0] as any)?.product_id as string | undefined
    }

    /** A guest COD order of one unit, picked up at point A or delivered from the warehouse. */
    const buyOnline = async (variantId: string, how: "pickup" | "shipping") => {
      const headers = storeHeaders(s.store)
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: s.store.regionId,
          email: "khach@example.vn",
          items: [{ variant_id: variantId, quantity: 1 }],
          shipping_address: {
            first_name: "Nguyễn Thị Lan",
            phone: "0901234567",
            address_1: "12 Trần Hưng Đạo",
            city: "Phường Long Xuyên",
            country_code: "vn",
          },
        },
        headers
      )
      const cartId = data.cart.id
      const { data: listed } = await api.get(
        `/store/shipping-options?cart_id=${cartId}&fields=+service_zone.fulfillment_set.type,+service_zone.fulfillment_set.location.id`,
        headers
      )
      const option = listed.shipping_options.find((o: any) =>
        how === "pickup"
          ? o.service_zone.fulfillment_set.location.id ===
            s.pointA.stock_location_id
          : o.service_zone.fulfillment_set.type === "shipping"
      )
      await api.post(
        `/store/carts/${cartId}/shipping-methods`,
        { option_id: option.id },
        headers
      )
      await openPaymentSession(api, s.store, cartId, "pp_system_default")
      const { data: completed } = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        headers
      )
      return completed.order.id as string
    }

    describe("POST /admin/ocop/settlements/generate", () => {
      it("adds online sales, consigned counter sales, a refund and a 5 % commission up to the đồng", async () => {
        const container = getContainer()
        await api.post(SETTINGS, { commission_rate_bp: 500 }, admin)
        // A consigned lot delivered to point A: it belongs to the product's producer.
        await api.post(
          `/sales-point/points/${s.pointA.id}/receive`,
          { variant_id: s.variants[0].id, quantity: 5, lot_code: "LOT-T1", expires_on: "2099-12-31" },
          s.a
        )
        const saleId = await counterSale(3)
        const { order } = await placeOrder(
          api,
          s.store,
          s.variants[0].id,
          "pp_system_default"
        )
        await refund(saleId, 12_345)

        const [counterLine] = await orderLines(container, saleId)
        const [onlineLine] = await orderLines(container, order.id)
        const producerId = await producerOfProduct(
          container,
          counterLine.product_id
        )
        const period = periodOf(new Date())
        const res = await api.post(GENERATE, { period }, admin)
        expect(res.status).toBe(200)
        const mine = res.data.statements.find(
          (st: any) => st.producer_id === producerId
        )
        const gross = counterLine.amount + onlineLine.amount
        const commission = Math.round(((gross - 12_345) * 5) / 100)
        expect(mine).toEqual(
          expect.objectContaining({
            status: "draft",
            gross_online: onlineLine.amount,
            gross_counter: counterLine.amount,
            refunds: 12_345,
            commission_rate_bp: 500,
            commission,
            fees: 0,
            net_payable: gross - 12_345 - commission,
          })
        )

        const { data } = await api.get(
          `/admin/ocop/settlements/${mine.id}`,
          admin
        )
        const lines = data.statement.lines
        expect(lines.map((l: any) => l.channel).sort()).toEqual([
          "counter",
          "online",
        ])
        expect(lines.find((l: any) => l.channel === "counter")).toEqual(
          expect.objectContaining({ quantity: 3, amount: counterLine.amount, refunds: 12_345 })
        )
        // The list's totals are the statements' sums.
        const list = await statementsOf(period)
        expect(list.totals.net_payable).toBe(
          list.statements.reduce((a: number, st: any) => a + st.net_payable, 0)
        )
      })

      it("accrues goods of a lot another producer consigned at a point to that producer, at the counter and in click & collect; delivered goods stay the product's", async () => {
        const container = getContainer()
        const variant = s.variants[0]
        const ownerId = await producerOfProduct(
          container,
          (await productOf(variant.id))!
        )
        const other = s.variants.find(
          (v) => v.product_handle !== variant.product_handle
        )!
        const consignorId = await producerOfProduct(
          container,
          (await productOf(other.id))!
        )
        expect(consignorId).not.toBe(ownerId)

        // Point A receives a lot of the owner's product from another producer (a
        // cooperative consigning what its members make, say).
        await api.post(
          `/sales-point/points/${s.pointA.id}/receive`,
          { variant_id: variant.id, quantity: 6, producer_id: consignorId, lot_code: "LOT-T1", expires_on: "2099-12-31" },
          s.a
        )
        const saleId = await counterSale(2)
        const pickedUp = await buyOnline(variant.id, "pickup")
        const delivered = await buyOnline(variant.id, "shipping")

        const [counterLine] = await orderLines(container, saleId)
        const [pickupLine] = await orderLines(container, pickedUp)
        const [deliveredLine] = await orderLines(container, delivered)
        const res = await api.post(
          GENERATE,
          { period: periodOf(new Date()) },
          admin
        )
        const of = (producerId: string) =>
          res.data.statements.find((st: any) => st.producer_id === producerId)
        expect(of(consignorId)).toEqual(
          expect.objectContaining({
            gross_counter: counterLine.amount,
            gross_online: pickupLine.amount,
          })
        )
        expect(of(ownerId)).toEqual(
          expect.objectContaining({
            gross_counter: 0,
            gross_online: deliveredLine.amount,
          })
        )
      })

      it("refuses a month that has not begun and a malformed month, naming period", async () => {
        const future = await responseOf(
          api.post(GENERATE, { period: "2999-01" }, admin)
        )
        expect(future.status).toBe(400)
        expect(future.data.message).toContain("period")
        const bad = await responseOf(api.post(GENERATE, { period: "2026-13" }, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("period")
      })
    })

    describe("POST /admin/ocop/settlements/:id/paid", () => {
      it("freezes a paid statement: changes and regeneration get 409, a later refund goes into the next period", async () => {
        const container = getContainer()
        await api.post(SETTINGS, { commission_rate_bp: 500 }, admin)
        const saleId = await counterSale(2)
        const last = previousPeriod(new Date())
        await backdate(container, [saleId], new Date(monthPeriod(last).start.getTime() + 3_600_000))
        const { data: generated } = await api.post(GENERATE, { period: last }, admin)
        const [statement] = generated.statements
        expect(statement.gross_counter).toBeGreaterThan(0)

        const missing = await responseOf(
          api.post(`/admin/ocop/settlements/${statement.id}/paid`, {}, admin)
        )
        expect(missing.status).toBe(400)
        expect(missing.data.message).toContain("transfer_reference")
        const stillDraft = await api.get(`/admin/ocop/settlements/${statement.id}`, admin)
        expect(stillDraft.data.statement.status).toBe("draft")

        const paid = await api.post(
          `/admin/ocop/settlements/${statement.id}/paid`,
          { transfer_reference: "FT26340123456" },
          admin
        )
        expect(paid.data.statement).toEqual(
          expect.objectContaining({
            status: "paid",
            transfer_reference: "FT26340123456",
            paid_at: expect.any(String),
          })
        )

        const update = await responseOf(
          api.post(`/admin/ocop/settlements/${statement.id}`, { fees: 1_000 }, admin)
        )
        expect(update.status).toBe(409)
        const regenerate = await responseOf(api.post(GENERATE, { period: last }, admin))
        expect(regenerate.status).toBe(409)
        const again = await responseOf(
          api.post(
            `/admin/ocop/settlements/${statement.id}/paid`,
            { transfer_reference: "FT26340999999" },
            admin
          )
        )
        expect(again.status).toBe(409)

        // The buyer is refunded after the payout: the correction lands in this month.
        await refund(saleId, 10_000)
        const { data: next } = await api.post(
          GENERATE,
          { period: periodOf(new Date()) },
          admin
        )
        const correction = next.statements.find(
          (st: any) => st.producer_id === statement.producer_id
        )
        expect(correction).toEqual(
          expect.objectContaining({
            gross_online: 0,
            gross_counter: 0,
            refunds: 10_000,
            commission: -500,
            net_payable: -9_500,
          })
        )
        const after = await api.get(`/admin/ocop/settlements/${statement.id}`, admin)
        expect(after.data.statement).toEqual(
          expect.objectContaining({
            status: "paid",
            refunds: statement.refunds,
            net_payable: statement.net_payable,
            transfer_reference: "FT26340123456",
          })
        )
      })
    })

    describe("GET /producer/statements/:id", () => {
      it("shows a producer its own statements and answers 404 for another's", async () => {
        const container = getContainer()
        await seedProducerLogins(container)
        const saleId = await counterSale(1)
        const [line] = await orderLines(container, saleId)
        const ownerId = await producerOfProduct(container, line.product_id)
        const { data } = await api.post(GENERATE, { period: periodOf(new Date()) }, admin)
        const statement = data.statements.find((st: any) => st.producer_id === ownerId)

        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const producers = await knex("ocop_producer").select("id", "handle")
        const owner = producers.find((p: any) => p.id === ownerId)
        const other = producers.find((p: any) => p.id !== ownerId)

        const mine = await producerSession(api, container, owner.handle)
        const own = await api.get(`/producer/statements/${statement.id}`, mine.headers)
        expect(own.data.statement).toEqual(
          expect.objectContaining({ id: statement.id, lines: expect.any(Array) })
        )
        const list = await api.get("/producer/statements", mine.headers)
        expect(list.data.statements.map((st: any) => st.id)).toEqual([statement.id])

        const theirs = await producerSession(api, container, other.handle)
        const res = await responseOf(
          api.get(`/producer/statements/${statement.id}`, theirs.headers)
        )
        expect(res.status).toBe(404)
        const none = await api.get("/producer/statements", theirs.headers)
        expect(none.data.statements).toEqual([])
      })
    })

    describe("bad input", () => {
      it("refuses a negative rate or one above 100 %, naming commission_rate_bp, and keeps the rate", async () => {
        await api.post(SETTINGS, { commission_rate_bp: 300 }, admin)
        for (const commission_rate_bp of [-1, 10_001]) {
          const res = await responseOf(api.post(SETTINGS, { commission_rate_bp }, admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain("commission_rate_bp")
        }
        const { data } = await api.get(SETTINGS, admin)
        expect(data.settings.commission_rate_bp).toBe(300)
        const zero = await api.post(SETTINGS, { commission_rate_bp: 0 }, admin)
        expect(zero.data.settings.commission_rate_bp).toBe(0)
      })

      it("refuses a bank outside the VietQR list or a malformed account number, naming the field, writing nothing", async () => {
        const container = getContainer()
        await seedProducerLogins(container)
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const [producer] = await knex("ocop_producer").select("id", "handle")
        const url = `/admin/ocop/producers/${producer.id}/bank-account`
        const good = {
          bank_bin: "970436",
          account_number: "0071000123456",
          account_name: "Nguyễn Văn An",
        }
        const badBin = await responseOf(api.post(url, { ...good, bank_bin: "123456" }, admin))
        expect(badBin.status).toBe(400)
        expect(badBin.data.message).toContain("bank_bin")
        const badNumber = await responseOf(
          api.post(url, { ...good, account_number: "12 34" }, admin)
        )
        expect(badNumber.status).toBe(400)
        expect(badNumber.data.message).toContain("account_number")
        expect((await api.get(url, admin)).data.bank_account).toBeNull()

        const { headers } = await producerSession(api, container, producer.handle)
        const own = await responseOf(
          api.post("/producer/me/bank-account", { ...good, bank_bin: "999999" }, headers)
        )
        expect(own.status).toBe(400)
        expect(own.data.message).toContain("bank_bin")
        const saved = await api.post("/producer/me/bank-account", good, headers)
        expect(saved.data.bank_account).toEqual(good)
        expect((await api.get(url, admin)).data.bank_account).toEqual(good)
      })

      it("shows a VietQR for the producer's own account to pay a statement", async () => {
        const container = getContainer()
        const saleId = await counterSale(1)
        const [line] = await orderLines(container, saleId)
        const producerId = await producerOfProduct(container, line.product_id)
        await api.post(
          `/admin/ocop/producers/${producerId}/bank-account`,
          { bank_bin: "970418", account_number: "12010000123456", account_name: "HTX THANH HO" },
          admin
        )
        const { data } = await api.post(GENERATE, { period: periodOf(new Date()) }, admin)
        const statement = data.statements.find((st: any) => st.producer_id === producerId)
        const { data: qr } = await api.get(
          `/admin/ocop/settlements/${statement.id}/vietqr`,
          admin
        )
        expect(qr.vietqr).toEqual(
          expect.objectContaining({
            amount: statement.net_payable,
            bank_bin: "970418",
            account_number: "12010000123456",
            payload: expect.stringContaining("12010000123456"),
            qr_svg: expect.stringContaining("<svg"),
          })
        )
      })
    })
  },
})
