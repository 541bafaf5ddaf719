import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { EXPERIENCE_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/experience"
import {
  cancelExperienceDateWorkflow,
  vietnamToday,
} from "@ocop-market/medusa-plugin-ocop/workflows"
import {
  ensureExperiences,
  SEED_EXPERIENCES,
} from "../../../src/scripts/seed/experiences"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { responseOf, seedShop, storeHeaders } from "../fixtures"
import { cartToPay, openPaymentSession, pickVariant } from "../payment-fixtures"
import { producerSession, seedProducerLogins } from "../producer-fixtures"

// Two weeks of dates keep the setup short; the seed opens twelve.
const WEEKS = 2
const CHAM = SEED_EXPERIENCES[0]
const LEAD = { lead_name: "Nguyễn Thị Lan", lead_phone: "0901234567" }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    // The seeded host of the Chăm village day and a producer who hosts nothing.
    let host: Awaited<ReturnType<typeof producerSession>>
    let other: Awaited<ReturnType<typeof producerSession>>
    let experienceId: string
    const today = vietnamToday()

    const ocop = () => getContainer().resolve(EXPERIENCE_MODULE) as any

    async function chamDetail() {
      const { data } = await api.get(
        `/store/ocop/experiences/${CHAM.handle}`,
        storeHeaders(store)
      )
      return data.experience
    }

    /** A completed order booking `guests` on `date`, alone or beside a product; returns the order. */
    async function bookAndComplete(
      date: string,
      guests: number,
      { withGoods = false } = {}
    ) {
      let cartId: string
      if (withGoods) {
        cartId = await cartToPay(api, store, (await pickVariant(getContainer())).id)
      } else {
        const created = await responseOf(
          api.post(
            "/store/carts",
            { region_id: store.regionId, email: "khach@example.vn" },
            storeHeaders(store)
          )
        )
        expect([created.status, created.data.message]).toEqual([200, undefined])
        cartId = created.data.cart.id
      }
      const booked = await responseOf(
        api.post(
          `/store/ocop/experiences/${CHAM.handle}/book`,
          { cart_id: cartId, date, guests, ...LEAD },
          storeHeaders(store)
        )
      )
      expect([booked.status, booked.data.message]).toEqual([200, undefined])
      await openPaymentSession(api, store, cartId, "pp_system_default")
      const completed = await responseOf(
        api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders(store))
      )
      expect([completed.status, completed.data.type, completed.data.message]).toEqual([200, "order", undefined])
      return completed.data.order
    }

    async function paymentOf(container: MedusaContainer, orderId: string) {
      const { data } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: [
            "payment_collections.payments.id",
            "payment_collections.payments.captured_at",
            "payment_collections.payments.canceled_at",
            "payment_collections.payments.refunds.amount",
          ],
          filters: { id: orderId },
        })
      return data[0].payment_collections[0].payments[0]
    }

    async function reservationsOf(lineItemId: string) {
      return getContainer()
        .resolve(Modules.INVENTORY)
        .listReservationItems({ line_item_id: lineItemId })
    }

    // The shop is seeded once and every test starts from that snapshot (the runner
    // restores it before each test), as producer-isolation.spec.ts does.
    beforeAll(async () => {
      const container = getContainer()
      // p02: Công ty Thanh Hồ, a producer who hosts nothing.
      store = await seedShop(container, ["p02"])
      // The seed names an (illustrative) host for every experience; logins after it.
      await ensureExperiences(container, store, { today, weeks: WEEKS })
      await seedProducerLogins(container)
      experienceId = (await chamDetail()).id
      await dbUtils.snapshot()
    })

    beforeEach(async () => {
      host = await producerSession(api, getContainer(), CHAM.host.handle)
      other = await producerSession(api, getContainer(), "thanh-ho")
    })

    describe("bookings made at cart completion", () => {
      it("gives every experience line of the order a booking with a TX reference, shown at GET /store/ocop/orders/:id/bookings", async () => {
        const date = (await chamDetail()).dates[0].date
        const order = await bookAndComplete(date, 3)
        const { data } = await api.get(
          `/store/ocop/orders/${order.id}/bookings`,
          storeHeaders(store)
        )
        expect(data.bookings).toEqual([
          expect.objectContaining({
            reference: expect.stringMatching(/^TX-[2-9A-HJKMNP-Z]{6}$/),
            experience_title: expect.stringContaining("Châu Giang"),
            experience_handle: CHAM.handle,
            date,
            guests: 3,
            meeting_point: CHAM.experience.meeting_point,
            lead_name: LEAD.lead_name,
            status: "booked",
          }),
        ])
      })

      it("makes no booking for an order of goods only, and answers 404 for an unknown order", async () => {
        const cartId = await cartToPay(
          api,
          store,
          (await pickVariant(getContainer())).id
        )
        await openPaymentSession(api, store, cartId, "pp_system_default")
        const { data: completed } = await api.post(
          `/store/carts/${cartId}/complete`,
          {},
          storeHeaders(store)
        )
        const { data } = await api.get(
          `/store/ocop/orders/${completed.order.id}/bookings`,
          storeHeaders(store)
        )
        expect(data.bookings).toEqual([])
        const missing = await responseOf(
          api.get("/store/ocop/orders/order_nope/bookings", storeHeaders(store))
        )
        expect(missing.status).toBe(404)
      })
    })

    describe("the host's view", () => {
      it("lists the host's dates with seats sold and left, and the date's bookings with the lead visitor's contact", async () => {
        const date = (await chamDetail()).dates[0].date
        await bookAndComplete(date, 3)
        const { data: list } = await api.get(
          "/producer/experiences",
          host.headers
        )
        expect(list.experiences).toHaveLength(1)
        const day = list.experiences[0].dates.find((d: any) => d.date === date)
        expect(day).toEqual(
          expect.objectContaining({
            seats_sold: 3,
            seats_left: 9,
            bookings_count: 1,
            closed: false,
          })
        )
        const { data } = await api.get(
          `/producer/experiences/${experienceId}`,
          host.headers
        )
        const detail = data.experience.dates.find((d: any) => d.date === date)
        expect(detail.bookings).toEqual([
          expect.objectContaining({
            guests: 3,
            lead_name: LEAD.lead_name,
            lead_phone: LEAD.lead_phone,
            status: "booked",
          }),
        ])
        const { data: one } = await api.get(
          `/producer/experiences/bookings/${detail.bookings[0].reference.toLowerCase()}`,
          host.headers
        )
        expect(one.booking).toEqual(
          expect.objectContaining({
            reference: detail.bookings[0].reference,
            guests: 3,
            lead_phone: LEAD.lead_phone,
          })
        )
      })

      it("shows another producer none of it: no experiences, 404 for the experience, the booking, attended and cancel, and nothing changes", async () => {
        const date = (await chamDetail()).dates[0].date
        const order = await bookAndComplete(date, 2)
        const [booking] = await ocop().listExperienceBookings({
          order_id: order.id,
        })
        const { data: list } = await api.get(
          "/producer/experiences",
          other.headers
        )
        expect(list.experiences).toEqual([])
        const calls = [
          api.get(`/producer/experiences/${experienceId}`, other.headers),
          api.get(
            `/producer/experiences/bookings/${booking.reference}`,
            other.headers
          ),
          api.post(
            `/producer/experiences/bookings/${booking.reference}/attended`,
            {},
            other.headers
          ),
          api.post(
            `/producer/experiences/${experienceId}/dates/${date}/cancel`,
            { reason: "Nước lớn, không đi được" },
            other.headers
          ),
        ]
        for (const res of await Promise.all(calls.map(responseOf))) {
          expect(res.status).toBe(404)
        }
        const [after] = await ocop().listExperienceBookings({ id: booking.id })
        expect(after.status).toBe("booked")
        expect((await chamDetail()).dates.map((d: any) => d.date)).toContain(
          date
        )
        const anonymous = await responseOf(api.get("/producer/experiences"))
        expect(anonymous.status).toBe(401)
      })

      it("marks a booking attended once; a malformed reference is a 400 naming it, an unknown one a 404", async () => {
        const date = (await chamDetail()).dates[0].date
        const order = await bookAndComplete(date, 2)
        const [booking] = await ocop().listExperienceBookings({
          order_id: order.id,
        })
        const url = `/producer/experiences/bookings/${booking.reference}/attended`
        const { data } = await api.post(url, {}, host.headers)
        expect(data.booking.status).toBe("attended")
        const again = await api.post(url, {}, host.headers)
        expect(again.data.booking.attended_at).toBe(data.booking.attended_at)
        const [stored] = await ocop().listExperienceBookings({ id: booking.id })
        expect(stored.status).toBe("attended")

        const malformed = await responseOf(
          api.get("/producer/experiences/bookings/TX-12", host.headers)
        )
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toMatch(/^reference: /)
        const unknown = await responseOf(
          api.get("/producer/experiences/bookings/TX-ZZZZZZ", host.headers)
        )
        expect(unknown.status).toBe(404)
      })
    })

    describe("POST /producer/experiences/:id/dates/:date/cancel", () => {
      it("closes the date, cancels its bookings, cancels an uncaptured payment, refunds a captured one, frees the reservations and tells the visitors", async () => {
        const container = getContainer()
        const date = (await chamDetail()).dates[0].date
        const unpaid = await bookAndComplete(date, 2)
        const paid = await bookAndComplete(date, 3)
        const paidPayment = await paymentOf(container, paid.id)
        await capturePaymentWorkflow(container).run({
          input: { payment_id: paidPayment.id },
        })

        const { data } = await api.post(
          `/producer/experiences/${experienceId}/dates/${date}/cancel`,
          { reason: "Nước lớn, đò không qua sông được" },
          host.headers
        )
        expect(data.cancellation.cancelled).toHaveLength(2)

        const bookings = await ocop().listExperienceBookings({
          experience_id: experienceId,
          date,
        })
        expect(bookings.map((b: any) => b.status)).toEqual([
          "cancelled",
          "cancelled",
        ])
        expect(bookings[0].cancel_reason).toBe(
          "Nước lớn, đò không qua sông được"
        )
        expect((await paymentOf(container, unpaid.id)).canceled_at).toBeTruthy()
        const refunded = await paymentOf(container, paid.id)
        expect(refunded.refunds.map((r: any) => Number(r.amount))).toEqual([
          3 * CHAM.experience.adult_price,
        ])
        for (const order of [unpaid, paid]) {
          expect(await reservationsOf(order.items[0].id)).toHaveLength(0)
        }

        // The date is gone from the store and cannot be booked any more.
        expect(
          (await chamDetail()).dates.map((d: any) => d.date)
        ).not.toContain(date)
        const { data: cart } = await api.post(
          "/store/carts",
          { region_id: store.regionId, email: "khach@example.vn" },
          storeHeaders(store)
        )
        const refused = await responseOf(
          api.post(
            `/store/ocop/experiences/${CHAM.handle}/book`,
            { cart_id: cart.cart.id, date, guests: 1, ...LEAD },
            storeHeaders(store)
          )
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^date: /)
        const { data: hostView } = await api.get(
          "/producer/experiences",
          host.headers
        )
        expect(
          hostView.experiences[0].dates.find((d: any) => d.date === date)
        ).toEqual(expect.objectContaining({ closed: true, seats_left: 0 }))

        const notices = await container
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ resource_id: bookings.map((b: any) => b.id) })
        expect(notices).toHaveLength(2)
        expect(notices[0]).toEqual(
          expect.objectContaining({
            to: "khach@example.vn",
            template: "ocop-experience-date-cancelled",
            data: expect.objectContaining({
              date,
              reason: "Nước lớn, đò không qua sông được",
            }),
          })
        )
      })

      it.each([
        ["no reason", {}, () => "2099-01-01", "reason"],
        ["a one-word reason", { reason: "mưa" }, () => "2099-01-01", "reason"],
        ["an unknown field", { reason: "Nước lớn", refund: false }, () => "2099-01-01", "refund"],
        ["a malformed date", { reason: "Nước lớn quá" }, () => "27-11-2026", "date"],
        ["a past date", { reason: "Nước lớn quá" }, () => "2020-01-01", "date"],
        ["a date that was never opened", { reason: "Nước lớn quá" }, () => "2099-01-01", "date"],
      ])(
        "refuses %s with a 400 naming the field and changes nothing",
        async (_label, body, dateOf, field) => {
          const date = (await chamDetail()).dates[0].date
          const order = await bookAndComplete(date, 2)
          const res = await responseOf(
            api.post(
              `/producer/experiences/${experienceId}/dates/${dateOf()}/cancel`,
              body,
              host.headers
            )
          )
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(field)
          const [booking] = await ocop().listExperienceBookings({
            order_id: order.id,
          })
          expect(booking.status).toBe("booked")
          expect(await reservationsOf(order.items[0].id)).toHaveLength(1)
        }
      )

      it("undoes the closing, the stock and the bookings when a late step fails", async () => {
        const container = getContainer()
        const slot = (await chamDetail()).dates[0]
        // Beside goods, an unpaid booking moves no money: everything here can be undone.
        const order = await bookAndComplete(slot.date, 2, { withGoods: true })
        const line = order.items.find((i: any) => i.variant_id === slot.variant_id)
        const workflow = cancelExperienceDateWorkflow(container)
        workflow.addAction(
          "fail-after-notices",
          {
            invoke: async () => {
              throw new Error("the host's phone lost its signal")
            },
          },
          { noCompensation: true }
        )
        const { errors } = await workflow.run({
          input: {
            experience_id: experienceId,
            date: slot.date,
            reason: "Nước lớn quá",
            producer_id: host.producerId,
            today,
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("lost its signal")
        const [booking] = await ocop().listExperienceBookings({
          order_id: order.id,
        })
        expect(booking.status).toBe("booked")
        expect(await reservationsOf(line.id)).toHaveLength(1)
        const after = (await chamDetail()).dates.find(
          (d: any) => d.date === slot.date
        )
        expect(after?.seats_left).toBe(10)
        expect((await paymentOf(container, order.id)).canceled_at).toBeNull()
      })
    })
  },
})
