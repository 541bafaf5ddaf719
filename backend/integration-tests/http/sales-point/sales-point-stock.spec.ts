import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SALES_POINT_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/sales-point"
import {
  createCounterSaleWorkflow,
  recordSalesPointStockWorkflow,
} from "@ocop-market/medusa-plugin-ocop/workflows"
import { responseOf } from "../fixtures"
import {
  counterOrders,
  levelAt,
  movementsOf,
  type SalesPointSetup,
  setupSalesPoints,
} from "../sales-point-fixtures"

// A real late failure: an action appended after the workflow's last step throws.
const failAtTheEnd = (
  workflow: { addAction: (...args: any[]) => unknown },
  message: string
) =>
  workflow.addAction(
    "fail-at-the-end",
    {
      invoke: async () => {
        throw new Error(message)
      },
    },
    { noCompensation: true }
  )

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, dbUtils }) => {
    let s: SalesPointSetup
    const stockOf = (variantIndex: number, point: any) =>
      levelAt(
        getContainer(),
        s.variants[variantIndex].inventory_item_id,
        point.stock_location_id
      )
    const pointUrl = (point: any, path: string) =>
      `/sales-point/points/${point.id}${path}`

    beforeAll(async () => {
      s = await setupSalesPoints(api, getContainer())
      await dbUtils.snapshot()
    })

    describe("POST /sales-point/points/:id/sales", () => {
      it("sells a basket: a paid order in the sales-point channel, stock taken from this point only", async () => {
        const res = await api.post(
          pointUrl(s.pointA, "/sales"),
          {
            items: [{ variant_id: s.variants[0].id, quantity: 3 }],
            payment_method: "cash",
          },
          s.a
        )
        expect(res.status).toBe(201)
        expect(res.data.sale).toEqual(
          expect.objectContaining({
            order_id: expect.any(String),
            units: 3,
            payment_method: "cash",
          })
        )
        expect(await stockOf(0, s.pointA)).toEqual({ stocked: 17, reserved: 0 })
        expect(await stockOf(0, s.pointB)).toEqual({ stocked: 20, reserved: 0 })
        const orders = await counterOrders(getContainer())
        expect(orders).toHaveLength(1)
        expect(orders[0].metadata).toEqual(
          expect.objectContaining({
            sales_point_id: s.pointA.id,
            payment_method: "cash",
          })
        )
        expect(orders[0].payment_collections[0].status).toBe("completed")
        const [line] = await movementsOf(getContainer(), s.pointA.id)
        expect(line).toEqual(
          expect.objectContaining({
            kind: "sale",
            quantity: -3,
            quantity_before: 20,
            quantity_after: 17,
            reference: orders[0].id,
            staff_email: `${s.pointA.handle}@staff.test`,
          })
        )
      })

      it("sells exactly the 5 units left when 50 counter sales of them arrive at once; the others are told it is out of stock", async () => {
        const variant = s.variants[0]
        await api.post(
          pointUrl(s.pointA, "/adjust"),
          {
            variant_id: variant.id,
            adjustment: -15,
            reason: "count_correction",
          },
          s.a
        )
        expect(await stockOf(0, s.pointA)).toEqual({ stocked: 5, reserved: 0 })

        const attempts = await Promise.all(
          Array.from({ length: 50 }, () =>
            responseOf(
              api.post(
                pointUrl(s.pointA, "/sales"),
                {
                  items: [{ variant_id: variant.id, quantity: 1 }],
                  payment_method: "card_at_counter",
                },
                s.a
              )
            )
          )
        )
        const sold = attempts.filter((r) => r.status === 201)
        const refused = attempts.filter((r) => r.status !== 201)
        expect(sold).toHaveLength(5)
        expect(refused).toHaveLength(45)
        for (const r of refused) {
          expect(r.status).toBe(400)
          expect(r.data.message).toMatch(
            /^items: out of stock at this sales point/
          )
        }
        expect(await stockOf(0, s.pointA)).toEqual({ stocked: 0, reserved: 0 })
        const orders = await counterOrders(getContainer())
        expect(orders).toHaveLength(5)
        expect(
          orders.every(
            (o: any) => o.payment_collections[0]?.status === "completed"
          )
        ).toBe(true)
        const sales = (await movementsOf(getContainer(), s.pointA.id)).filter(
          (m: any) => m.kind === "sale"
        )
        expect(sales).toHaveLength(5)
        expect(new Set(sales.map((m: any) => m.reference))).toEqual(
          new Set(orders.map((o: any) => o.id))
        )
      })

      it("counts two lines of one inventory item together (Medusa #16502): 3 + 3 of 5 left is refused whole", async () => {
        const variant = s.variants[0]
        await api.post(
          pointUrl(s.pointA, "/adjust"),
          { variant_id: variant.id, adjustment: -15, reason: "damage" },
          s.a
        )
        const res = await responseOf(
          api.post(
            pointUrl(s.pointA, "/sales"),
            {
              items: [
                { variant_id: variant.id, quantity: 3 },
                { variant_id: variant.id, quantity: 3 },
              ],
              payment_method: "cash",
            },
            s.a
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("5 available, 6 needed")
        expect(res.data.shortfalls).toEqual([
          { variant_id: variant.id, location_id: s.pointA.stock_location_id, available: 5, needed: 6, expired: 0 },
        ])
        expect(await stockOf(0, s.pointA)).toEqual({ stocked: 5, reserved: 0 })
        expect(await counterOrders(getContainer())).toHaveLength(0)
      })

      it("names every short line of a basket at once, each with its figures, and sells none of it", async () => {
        const [first, second, third] = s.variants
        const res = await responseOf(
          api.post(
            pointUrl(s.pointA, "/sales"),
            {
              items: [
                { variant_id: first.id, quantity: 21 },
                { variant_id: second.id, quantity: 2 },
                { variant_id: third.id, quantity: 25 },
              ],
              payment_method: "cash",
            },
            s.a
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.code).toBe("ocop_out_of_stock")
        expect(res.data.shortfalls).toEqual([
          { variant_id: first.id, location_id: s.pointA.stock_location_id, available: 20, needed: 21, expired: 0 },
          { variant_id: third.id, location_id: s.pointA.stock_location_id, available: 20, needed: 25, expired: 0 },
        ])
        expect(await stockOf(0, s.pointA)).toEqual({ stocked: 20, reserved: 0 })
        expect(await stockOf(1, s.pointA)).toEqual({ stocked: 20, reserved: 0 })
        expect(await counterOrders(getContainer())).toHaveLength(0)
      })

      it("leaves units that online orders reserved at this point alone", async () => {
        const inventory = getContainer().resolve("inventory") as any
        await inventory.createReservationItems([
          {
            inventory_item_id: s.variants[0].inventory_item_id,
            location_id: s.pointA.stock_location_id,
            quantity: 18,
          },
        ])
        const res = await responseOf(
          api.post(
            pointUrl(s.pointA, "/sales"),
            {
              items: [{ variant_id: s.variants[0].id, quantity: 3 }],
              payment_method: "cash",
            },
            s.a
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("2 available, 3 needed")
        expect(await stockOf(0, s.pointA)).toEqual({
          stocked: 20,
          reserved: 18,
        })
      })

      it("puts the stock back and leaves no order when a late step fails", async () => {
        const workflow = createCounterSaleWorkflow(getContainer())
        failAtTheEnd(workflow, "the card terminal went offline")
        const { errors } = await workflow.run({
          input: {
            sales_point_id: s.pointA.id,
            location_id: s.pointA.stock_location_id,
            staff: { id: null, email: null },
            items: [{ variant_id: s.variants[0].id, quantity: 4 }],
            payment_method: "card_at_counter",
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("card terminal")
        expect(await stockOf(0, s.pointA)).toEqual({ stocked: 20, reserved: 0 })
        expect(await counterOrders(getContainer())).toHaveLength(0)
        expect(await movementsOf(getContainer(), s.pointA.id)).toHaveLength(0)
      })
    })

    describe("a counter sale hands the goods over", () => {
      it("ends the order fulfilled and delivered from the point's location, with no reservation left", async () => {
        const res = await api.post(
          pointUrl(s.pointA, "/sales"),
          {
            items: [
              { variant_id: s.variants[0].id, quantity: 2 },
              { variant_id: s.variants[2].id, quantity: 1 },
            ],
            payment_method: "cash",
          },
          s.a
        )
        expect(res.status).toBe(201)
        const query = getContainer().resolve("query") as any
        const {
          data: [order],
        } = await query.graph({
          entity: "order",
          fields: [
            "id",
            // An order item's quantity is computed: only "items.*" brings it.
            "items.*",
            "items.detail.fulfilled_quantity",
            "items.detail.delivered_quantity",
            "fulfillments.location_id",
            "fulfillments.delivered_at",
            "fulfillments.canceled_at",
            "fulfillments.items.quantity",
          ],
          filters: { id: res.data.sale.order_id },
        })
        expect(order.fulfillments).toHaveLength(1)
        expect(order.fulfillments[0]).toEqual(
          expect.objectContaining({
            location_id: s.pointA.stock_location_id,
            delivered_at: expect.anything(),
            canceled_at: null,
          })
        )
        for (const item of order.items) {
          expect(Number(item.detail.fulfilled_quantity)).toBe(
            Number(item.quantity)
          )
          expect(Number(item.detail.delivered_quantity)).toBe(
            Number(item.quantity)
          )
        }
        // Stocked quantity down once (not again by the fulfillment), nothing reserved.
        expect(await stockOf(0, s.pointA)).toEqual({ stocked: 18, reserved: 0 })
        expect(await stockOf(2, s.pointA)).toEqual({ stocked: 19, reserved: 0 })
        const inventory = getContainer().resolve("inventory") as any
        expect(
          await inventory.listReservationItems({
            location_id: s.pointA.stock_location_id,
          })
        ).toHaveLength(0)
        const sales = (await movementsOf(getContainer(), s.pointA.id)).filter(
          (m: any) => m.kind === "sale"
        )
        expect(
          sales.map((m: any) => [m.quantity_before, m.quantity_after]).sort()
        ).toEqual([
          [20, 18],
          [20, 19],
        ])
        const { data } = await api.get(
          pointUrl(s.pointA, "/sales/summary"),
          s.a
        )
        expect(data.summary).toEqual(
          expect.objectContaining({ orders: 1, units: 3 })
        )
      })
    })

    describe("receiving a product the point never held", () => {
      const dropLevel = async (i: number) => {
        const inventory = getContainer().resolve("inventory") as any
        await inventory.deleteInventoryLevel(
          s.variants[i].inventory_item_id,
          s.pointA.stock_location_id
        )
      }
      const productTitleOf = async (i: number) => {
        const query = getContainer().resolve("query") as any
        const { data } = await query.graph({
          entity: "product_variant",
          fields: ["product.title"],
          filters: { id: s.variants[i].id },
        })
        return data[0].product.title as string
      }
      // What staff type on a keyboard without Vietnamese input.
      const plain = (text: string) =>
        text
          .normalize("NFD")
          .replace(/\p{M}/gu, "")
          .replace(/đ/g, "d")
          .replace(/Đ/g, "D")

      it("lists certified variants it does not stock and opens their level when the delivery arrives", async () => {
        await dropLevel(1)
        const held = await api.get(pointUrl(s.pointA, "/stock?limit=200"), s.a)
        expect(
          held.data.stock.map((r: any) => r.variant_id)
        ).not.toContain(s.variants[1].id)
        const title = await productTitleOf(1)
        const found = await api.get(
          pointUrl(s.pointA, `/variants?q=${encodeURIComponent(plain(title))}`),
          s.a
        )
        expect(found.data.variants).toContainEqual(
          expect.objectContaining({
            variant_id: s.variants[1].id,
            available_quantity: 0,
          })
        )
        expect(
          found.data.variants.every((v: any) => v.product_title === title)
        ).toBe(true)

        const res = await api.post(
          pointUrl(s.pointA, "/receive"),
          { variant_id: s.variants[1].id, quantity: 7, lot_code: "LOT-T1", expires_on: "2099-12-31" },
          s.a
        )
        expect(res.status).toBe(201)
        expect(res.data.movements[0]).toEqual(
          expect.objectContaining({ quantity_before: 0, quantity_after: 7 })
        )
        expect(await stockOf(1, s.pointA)).toEqual({ stocked: 7, reserved: 0 })
        const after = await api.get(pointUrl(s.pointA, "/stock?limit=200"), s.a)
        expect(after.data.stock).toContainEqual(
          expect.objectContaining({
            variant_id: s.variants[1].id,
            available_quantity: 7,
          })
        )
      })

      it("removes the level it opened when a late step fails", async () => {
        await dropLevel(1)
        const workflow = recordSalesPointStockWorkflow(getContainer())
        failAtTheEnd(workflow, "the scanner crashed")
        const { errors } = await workflow.run({
          input: {
            sales_point_id: s.pointA.id,
            location_id: s.pointA.stock_location_id,
            staff: { id: null, email: null },
            variant_id: s.variants[1].id,
            quantity: 4,
            kind: "receive",
            lot_code: "LOT-T1",
            expires_on: "2099-12-31",
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("scanner")
        const inventory = getContainer().resolve("inventory") as any
        expect(
          await inventory.listInventoryLevels({
            inventory_item_id: s.variants[1].inventory_item_id,
            location_id: s.pointA.stock_location_id,
          })
        ).toHaveLength(0)
        expect(await movementsOf(getContainer(), s.pointA.id)).toHaveLength(0)
      })
    })

    describe("a form sent twice is recorded once (Idempotency-Key)", () => {
      const withKey = (key: string) => ({
        headers: { ...s.a.headers, "idempotency-key": key },
      })

      it("answers a repeated receive with the first answer and records it once", async () => {
        const body = { variant_id: s.variants[0].id, quantity: 5, lot_code: "LOT-T1", expires_on: "2099-12-31" }
        const first = await api.post(
          pointUrl(s.pointA, "/receive"),
          body,
          withKey("form-receive-0001")
        )
        const again = await api.post(
          pointUrl(s.pointA, "/receive"),
          body,
          withKey("form-receive-0001")
        )
        expect(again.status).toBe(201)
        expect(again.data).toEqual(first.data)
        expect(await stockOf(0, s.pointA)).toEqual({ stocked: 25, reserved: 0 })
        expect(await movementsOf(getContainer(), s.pointA.id)).toHaveLength(1)
        // A new form (new key) records again.
        await api.post(
          pointUrl(s.pointA, "/receive"),
          body,
          withKey("form-receive-0002")
        )
        expect(await stockOf(0, s.pointA)).toEqual({ stocked: 30, reserved: 0 })
      })

      it("sells once when the same sale form arrives three times at once", async () => {
        const attempts = await Promise.all(
          Array.from({ length: 3 }, () =>
            responseOf(
              api.post(
                pointUrl(s.pointA, "/sales"),
                {
                  items: [{ variant_id: s.variants[0].id, quantity: 2 }],
                  payment_method: "cash",
                },
                withKey("form-sale-000000001")
              )
            )
          )
        )
        expect(attempts.map((r) => r.status)).toEqual([201, 201, 201])
        expect(new Set(attempts.map((r) => r.data.sale.order_id)).size).toBe(1)
        expect(await counterOrders(getContainer())).toHaveLength(1)
        expect(await stockOf(0, s.pointA)).toEqual({ stocked: 18, reserved: 0 })
      })

      it("remembers nothing for a refused form: the corrected one goes through under the same key", async () => {
        const refused = await responseOf(
          api.post(
            pointUrl(s.pointA, "/transfers"),
            {
              to_sales_point_id: s.pointB.id,
              variant_id: s.variants[0].id,
              quantity: 50,
            },
            withKey("form-transfer-0001")
          )
        )
        expect(refused.status).toBe(400)
        const sent = await api.post(
          pointUrl(s.pointA, "/transfers"),
          {
            to_sales_point_id: s.pointB.id,
            variant_id: s.variants[0].id,
            quantity: 5,
          },
          withKey("form-transfer-0001")
        )
        expect(sent.status).toBe(201)
        expect(await stockOf(0, s.pointA)).toEqual({ stocked: 15, reserved: 0 })
      })

      it("refuses a malformed key, naming the header, and records nothing", async () => {
        const res = await responseOf(
          api.post(
            pointUrl(s.pointA, "/adjust"),
            {
              variant_id: s.variants[0].id,
              adjustment: -1,
              reason: "damage",
            },
            withKey("no spaces!")
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("Idempotency-Key")
        expect(await stockOf(0, s.pointA)).toEqual({ stocked: 20, reserved: 0 })
      })
    })

    describe("transfers between points", () => {
      const total = async (i: number) => {
        const inTransit = await (
          getContainer().resolve(SALES_POINT_MODULE) as any
        ).listSalesPointTransfers({
          inventory_item_id: s.variants[i].inventory_item_id,
          status: "in_transit",
        })
        const a = await stockOf(i, s.pointA)
        const b = await stockOf(i, s.pointB)
        return (
          a.stocked +
          b.stocked +
          inTransit.reduce((n: number, t: any) => n + t.quantity, 0)
        )
      }

      it("takes goods out when sent, keeps them in transit, and adds them when the receiver confirms", async () => {
        const before = await total(0)
        const sent = await api.post(
          pointUrl(s.pointA, "/transfers"),
          {
            to_sales_point_id: s.pointB.id,
            variant_id: s.variants[0].id,
            quantity: 7,
          },
          s.a
        )
        expect(sent.status).toBe(201)
        const [transfer] = sent.data.transfers
        expect(transfer).toEqual(
          expect.objectContaining({ status: "in_transit", quantity: 7 })
        )
        expect((await stockOf(0, s.pointA)).stocked).toBe(13)
        expect((await stockOf(0, s.pointB)).stocked).toBe(20)
        expect(await total(0)).toBe(before)

        const incoming = await api.get(
          pointUrl(s.pointB, "/transfers?direction=incoming&status=in_transit"),
          s.b
        )
        expect(incoming.data.transfers.map((t: any) => t.id)).toEqual([
          transfer.id,
        ])

        // Only the receiving point confirms.
        const bySender = await responseOf(
          api.post(
            pointUrl(s.pointA, `/transfers/${transfer.id}/receive`),
            {},
            s.a
          )
        )
        expect(bySender.status).toBe(404)

        const received = await api.post(
          pointUrl(s.pointB, `/transfers/${transfer.id}/receive`),
          {},
          s.b
        )
        expect(received.data.transfer.status).toBe("received")
        expect((await stockOf(0, s.pointB)).stocked).toBe(27)
        expect(await total(0)).toBe(before)

        const again = await responseOf(
          api.post(
            pointUrl(s.pointB, `/transfers/${transfer.id}/receive`),
            {},
            s.b
          )
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("transfer_id")
        expect((await stockOf(0, s.pointB)).stocked).toBe(27)
      })

      it("conserves stock when sending fails halfway: the transfer record and the units come back", async () => {
        const before = await total(0)
        const { sendSalesPointTransferWorkflow } =
          await import("@ocop-market/medusa-plugin-ocop/workflows")
        const workflow = sendSalesPointTransferWorkflow(getContainer())
        failAtTheEnd(workflow, "the truck broke down")
        const { errors } = await workflow.run({
          input: {
            sales_point_id: s.pointA.id,
            location_id: s.pointA.stock_location_id,
            staff: { id: null, email: "a@staff.test" },
            to_sales_point_id: s.pointB.id,
            variant_id: s.variants[0].id,
            quantity: 6,
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("truck")
        expect((await stockOf(0, s.pointA)).stocked).toBe(20)
        expect(await total(0)).toBe(before)
        expect(
          await (getContainer().resolve(SALES_POINT_MODULE) as any).listSalesPointTransfers(
            {}
          )
        ).toHaveLength(0)
        expect(await movementsOf(getContainer(), s.pointA.id)).toHaveLength(0)
      })

      it("conserves stock when confirming fails halfway: the transfer is in transit again", async () => {
        const sent = await api.post(
          pointUrl(s.pointA, "/transfers"),
          {
            to_sales_point_id: s.pointB.id,
            variant_id: s.variants[0].id,
            quantity: 4,
          },
          s.a
        )
        const before = await total(0)
        const { receiveSalesPointTransferWorkflow } =
          await import("@ocop-market/medusa-plugin-ocop/workflows")
        const workflow = receiveSalesPointTransferWorkflow(getContainer())
        failAtTheEnd(workflow, "the scanner crashed")
        const { errors } = await workflow.run({
          input: {
            sales_point_id: s.pointB.id,
            location_id: s.pointB.stock_location_id,
            staff: { id: null, email: "b@staff.test" },
            transfer_id: sent.data.transfers[0].id,
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("scanner")
        expect((await stockOf(0, s.pointB)).stocked).toBe(20)
        const [transfer] = await (
          getContainer().resolve(SALES_POINT_MODULE) as any
        ).listSalesPointTransfers({})
        expect(transfer.status).toBe("in_transit")
        expect(await total(0)).toBe(before)
      })
    })

    describe("bad input writes nothing", () => {
      const cases: [string, (s: SalesPointSetup) => [string, any], string][] = [
        [
          "a zero quantity received",
          (s) => [
            pointUrl(s.pointA, "/receive"),
            { variant_id: s.variants[0].id, quantity: 0 },
          ],
          "quantity",
        ],
        [
          "a negative quantity sold",
          (s) => [
            pointUrl(s.pointA, "/sales"),
            {
              items: [{ variant_id: s.variants[0].id, quantity: -1 }],
              payment_method: "cash",
            },
          ],
          "quantity",
        ],
        [
          "an unknown variant sold",
          (s) => [
            pointUrl(s.pointA, "/sales"),
            {
              items: [
                { variant_id: s.variants[0].id, quantity: 1 },
                { variant_id: "variant_nope", quantity: 1 },
              ],
              payment_method: "cash",
            },
          ],
          "items[1].variant_id",
        ],
        [
          "an unknown payment method",
          (s) => [
            pointUrl(s.pointA, "/sales"),
            {
              items: [{ variant_id: s.variants[0].id, quantity: 1 }],
              payment_method: "cheque",
            },
          ],
          "payment_method",
        ],
        [
          "an unknown destination point",
          (s) => [
            pointUrl(s.pointA, "/transfers"),
            {
              to_sales_point_id: "ocsp_nope",
              variant_id: s.variants[0].id,
              quantity: 1,
            },
          ],
          "to_sales_point_id",
        ],
        [
          "a transfer to the same point",
          (s) => [
            pointUrl(s.pointA, "/transfers"),
            {
              to_sales_point_id: s.pointA.id,
              variant_id: s.variants[0].id,
              quantity: 1,
            },
          ],
          "to_sales_point_id",
        ],
        [
          "a transfer of more than is there",
          (s) => [
            pointUrl(s.pointA, "/transfers"),
            {
              to_sales_point_id: s.pointB.id,
              variant_id: s.variants[0].id,
              quantity: 21,
            },
          ],
          "quantity",
        ],
        [
          "an adjustment below zero",
          (s) => [
            pointUrl(s.pointA, "/adjust"),
            {
              variant_id: s.variants[0].id,
              adjustment: -21,
              reason: "count_correction",
            },
          ],
          "adjustment",
        ],
        [
          "a zero adjustment",
          (s) => [
            pointUrl(s.pointA, "/adjust"),
            {
              variant_id: s.variants[0].id,
              adjustment: 0,
              reason: "count_correction",
            },
          ],
          "adjustment",
        ],
        [
          "damage that adds stock",
          (s) => [
            pointUrl(s.pointA, "/adjust"),
            { variant_id: s.variants[0].id, adjustment: 2, reason: "damage" },
          ],
          "adjustment",
        ],
        [
          "an unknown reason",
          (s) => [
            pointUrl(s.pointA, "/adjust"),
            { variant_id: s.variants[0].id, adjustment: -1, reason: "theft" },
          ],
          "reason",
        ],
        [
          "an unknown field",
          (s) => [
            pointUrl(s.pointA, "/receive"),
            { variant_id: s.variants[0].id, quantity: 1, price: 5 },
          ],
          "price",
        ],
        [
          "an unknown producer",
          (s) => [
            pointUrl(s.pointA, "/receive"),
            {
              variant_id: s.variants[0].id,
              quantity: 1,
              producer_id: "ocpr_nope",
            },
          ],
          "producer_id",
        ],
      ]
      it.each(cases)(
        "refuses %s, naming the field",
        async (_name, build, field) => {
          const [url, body] = build(s)
          const res = await responseOf(api.post(url, body, s.a))
          expect(res.status).toBeGreaterThanOrEqual(400)
          expect(res.status).toBeLessThan(500)
          expect(res.data.message).toContain(field)
          expect(await stockOf(0, s.pointA)).toEqual({
            stocked: 20,
            reserved: 0,
          })
          expect(await stockOf(0, s.pointB)).toEqual({
            stocked: 20,
            reserved: 0,
          })
          expect(await movementsOf(getContainer(), s.pointA.id)).toHaveLength(0)
          expect(
            await (
              getContainer().resolve(SALES_POINT_MODULE) as any
            ).listSalesPointTransfers({})
          ).toHaveLength(0)
          expect(await counterOrders(getContainer())).toHaveLength(0)
        }
      )
    })

    describe("GET /sales-point/points/:id/movements", () => {
      it("lists every movement with who, why and the quantities before and after, filters it and exports CSV", async () => {
        const v = s.variants[0]
        await api.post(
          pointUrl(s.pointA, "/receive"),
          { variant_id: v.id, quantity: 10, note: "Giao từ HTX", lot_code: "LOT-T1", expires_on: "2099-12-31" },
          s.a
        )
        await api.post(
          pointUrl(s.pointA, "/adjust"),
          { variant_id: v.id, adjustment: -2, reason: "expiry" },
          s.a
        )
        const all = await api.get(pointUrl(s.pointA, "/movements"), s.a)
        expect(
          all.data.movements.map((m: any) => [
            m.kind,
            m.quantity,
            m.quantity_before,
            m.quantity_after,
          ])
        ).toEqual([
          ["adjust", -2, 30, 28],
          ["receive", 10, 20, 30],
        ])
        const expiry = await api.get(
          pointUrl(s.pointA, "/movements?reason=expiry"),
          s.a
        )
        expect(expiry.data.movements).toHaveLength(1)
        const csv = await api.get(
          pointUrl(s.pointA, "/movements?format=csv&kind=receive"),
          s.a
        )
        expect(csv.headers["content-type"]).toContain("text/csv")
        const rows = csv.data
          .replace(/^\uFEFF/, "")
          .trim()
          .split("\r\n")
        expect(rows[0]).toContain("quantity_before")
        expect(rows).toHaveLength(2)
        expect(rows[1]).toContain("Giao từ HTX")
      })
    })

    describe("ledger and summary queries", () => {
      it.each([
        ["/movements?from=2026-02-30", "from"],
        ["/movements?to=27-11-2026", "to"],
        ["/movements?kind=theft", "kind"],
        ["/sales/summary?date=2026-13-01", "date"],
      ])("refuses %s, naming %s", async (path, field) => {
        const res = await responseOf(api.get(pointUrl(s.pointA, path), s.a))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(field)
      })
    })

    describe("GET /sales-point/points/:id/stock and /sales/summary", () => {
      it("flags low stock, searches by name, and sums the day's sales per payment method", async () => {
        const v = s.variants[0]
        await api.post(
          pointUrl(s.pointA, "/adjust"),
          { variant_id: v.id, adjustment: -16, reason: "count_correction" },
          s.a
        )
        const low = await api.get(
          pointUrl(s.pointA, "/stock?low_only=true"),
          s.a
        )
        expect(
          low.data.stock.map((r: any) => [
            r.variant_id,
            r.available_quantity,
            r.low_stock,
          ])
        ).toEqual([[v.id, 4, true]])
        const search = await api.get(
          pointUrl(s.pointA, `/stock?q=${encodeURIComponent("tuong xay")}`),
          s.a
        )
        expect(search.data.stock.length).toBeGreaterThan(0)
        expect(
          search.data.stock.every((r: any) =>
            r.product_title.startsWith("Tương xay")
          )
        ).toBe(true)

        await api.post(
          pointUrl(s.pointA, "/sales"),
          {
            items: [{ variant_id: v.id, quantity: 2 }],
            payment_method: "cash",
          },
          s.a
        )
        await api.post(
          pointUrl(s.pointA, "/sales"),
          {
            items: [{ variant_id: v.id, quantity: 1 }],
            payment_method: "card_at_counter",
          },
          s.a
        )
        const { data } = await api.get(
          pointUrl(s.pointA, "/sales/summary"),
          s.a
        )
        expect(data.summary).toEqual(
          expect.objectContaining({
            orders: 2,
            units: 3,
            by_payment_method: {
              cash: { orders: 1, total: expect.any(Number) },
              card_at_counter: { orders: 1, total: expect.any(Number) },
              vietqr: { orders: 0, total: 0 },
            },
          })
        )
        expect(data.summary.total).toBe(
          data.summary.by_payment_method.cash.total +
            data.summary.by_payment_method.card_at_counter.total
        )
        expect(data.summary.by_payment_method.cash.total).toBe(
          2 * data.summary.by_payment_method.card_at_counter.total
        )
        const other = await api.get(pointUrl(s.pointB, "/sales/summary"), s.b)
        expect(other.data.summary.orders).toBe(0)
      })
    })
  },
})
