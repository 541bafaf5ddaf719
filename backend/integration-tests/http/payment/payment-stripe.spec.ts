import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import {
  ContainerRegistrationKeys,
  Modules,
  PaymentWebhookEvents,
} from "@medusajs/framework/utils"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { seedShop, storeHeaders } from "../fixtures"
import { cartToPay, openPaymentSession, pickVariant } from "../payment-fixtures"
import { routeStripeApiTo, startStripeStandIn } from "../payment-stripe-stand-in"

const STRIPE = "pp_stripe_stripe"
const API_KEY = "sk_test_ocop_local_standin"
const WEBHOOK_SECRET = "whsec_ocop_local_standin"

// medusa-config registers Stripe only when its key is set; the app boots after this.
process.env.STRIPE_API_KEY = API_KEY
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
const standIn = await startStripeStandIn()
const Stripe = routeStripeApiTo(standIn.port)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let variant: { id: string; price: number }

    afterAll(() => standIn.close())

    beforeAll(async () => {
      store = await seedShop(getContainer(), ["p29"])
      variant = await pickVariant(getContainer())
      await dbUtils.snapshot()
    })
    beforeEach(() => {
      standIn.requests.length = 0
    })

    /** A cart with a Stripe session; without shipping its total is the item's price alone. */
    async function readyCart(withShipping = true) {
      const cartId = await cartToPay(api, store, variant.id, {
        shipping: withShipping,
      })
      const session = await openPaymentSession(api, store, cartId, STRIPE)
      const { data: cart } = await api.get(
        `/store/carts/${cartId}?fields=id,total`,
        storeHeaders(store)
      )
      return { cartId, session, total: cart.cart.total as number }
    }

    /** Posts a Stripe event to Medusa's webhook route as Stripe would, and waits until it is processed. */
    async function deliver(
      type: string,
      intent: Record<string, unknown>,
      secret = WEBHOOK_SECRET
    ) {
      const payload = JSON.stringify({
        id: `evt_${type}_${Date.now()}`,
        object: "event",
        type,
        data: { object: intent },
      })
      const signature = Stripe.webhooks.generateTestHeaderString({
        payload,
        secret,
      })
      const processed = TestEventUtils.waitSubscribersExecution(
        PaymentWebhookEvents.WebhookReceived,
        getContainer().resolve(Modules.EVENT_BUS),
        {
          timeout: 30_000,
        }
      ).catch((error: Error) => error)
      const res = await api.post("/hooks/payment/stripe_stripe", payload, {
        headers: {
          "stripe-signature": signature,
          "content-type": "application/json",
        },
      })
      await processed
      return res
    }

    /** Every order in the database (each test starts from an empty one), and which of them came from the cart. */
    async function ordersOf(cartId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: all } = await query.graph({
        entity: "order",
        fields: [
          "id",
          "payment_collections.payments.amount",
          "payment_collections.payments.captured_at",
          "payment_collections.payments.captures.amount",
        ],
      })
      const { data: carts } = await query.graph({
        entity: "cart",
        fields: ["id", "order.id"],
        filters: { id: cartId },
      })
      expect(all.every((o: any) => o.id === (carts[0] as any)?.order?.id)).toBe(
        true
      )
      return all as any[]
    }

    describe("Stripe provider wiring", () => {
      it("offers cards in region Việt Nam when STRIPE_API_KEY is set", async () => {
        const { data } = await api.get(
          `/store/payment-providers?region_id=${store.regionId}`,
          storeHeaders(store)
        )
        expect(data.payment_providers.map((p: any) => p.id)).toEqual(
          expect.arrayContaining([
            "pp_system_default",
            "pp_vietqr_vietqr",
            STRIPE,
          ])
        )
      })
    })

    describe("amounts sent to Stripe", () => {
      it("sends 45.000 ₫ as amount=45000 in VND, a zero-decimal currency, never 4500000", async () => {
        const { session, total } = await readyCart(false)
        expect(total).toBe(45000)
        expect(session.amount).toBe(45000)
        const create = standIn.requests.find(
          (r) => r.method === "POST" && r.path === "/v1/payment_intents"
        )!
        // The shape of Stripe's POST /v1/payment_intents: form-encoded, bearer secret key, idempotent per session.
        expect(create.headers["content-type"]).toBe(
          "application/x-www-form-urlencoded"
        )
        expect(create.headers.authorization).toBe(`Bearer ${API_KEY}`)
        expect(create.headers["idempotency-key"]).toBe(session.id)
        expect(create.form).toEqual(
          expect.objectContaining({
            amount: "45000",
            currency: "vnd",
            capture_method: "manual",
            "metadata[session_id]": session.id,
          })
        )
        expect(session.data.client_secret).toMatch(/^pi_standin_\d+_secret_/)
      })
    })

    describe("POST /hooks/payment/stripe_stripe", () => {
      it("places the order once when the same authorization event arrives twice", async () => {
        const { cartId, session, total } = await readyCart()
        // 45.000 ₫ and a delivery option: whole đồng, sent to Stripe unscaled.
        expect(Number.isInteger(total)).toBe(true)
        const intentId = session.data.id
        expect(standIn.intents.get(intentId)!.amount).toBe(total)
        standIn.authorize(intentId)
        const event = {
          ...standIn.intents.get(intentId)!,
          status: "requires_capture",
        }

        const first = await deliver(
          "payment_intent.amount_capturable_updated",
          event
        )
        expect(first.status).toBe(200)
        const afterFirst = await ordersOf(cartId)
        expect(afterFirst).toHaveLength(1)
        expect(afterFirst[0].payment_collections[0].payments[0].amount).toBe(total)

        await deliver("payment_intent.amount_capturable_updated", event)
        expect(await ordersOf(cartId)).toHaveLength(1)
      })

      it("ignores an event whose signature does not verify", async () => {
        const { cartId, session } = await readyCart()
        standIn.authorize(session.data.id)
        const res = await deliver(
          "payment_intent.amount_capturable_updated",
          {
            ...standIn.intents.get(session.data.id)!,
            status: "requires_capture",
          },
          "whsec_someone_else"
        )
        // Medusa answers 200 and verifies later, in its subscriber: nothing must follow from it.
        expect(res.status).toBe(200)
        expect(await ordersOf(cartId)).toHaveLength(0)
      })

      it("stays captured once, in whole đồng, when a stale authorization arrives after the capture", async () => {
        const { cartId, session, total } = await readyCart()
        const intentId = session.data.id
        standIn.authorize(intentId)
        const authorized = {
          ...standIn.intents.get(intentId)!,
          status: "requires_capture",
        }
        const succeeded = {
          ...authorized,
          status: "succeeded",
          amount_received: total,
        }

        // Out of order: Stripe's "succeeded" first, then the older "amount_capturable_updated".
        await deliver("payment_intent.succeeded", succeeded)
        await deliver("payment_intent.amount_capturable_updated", authorized)
        await deliver("payment_intent.succeeded", succeeded)

        const orders = await ordersOf(cartId)
        expect(orders).toHaveLength(1)
        const payments = orders[0].payment_collections.flatMap(
          (c: any) => c.payments
        )
        expect(payments).toHaveLength(1)
        expect(payments[0].captured_at).not.toBeNull()
        expect(payments[0].amount).toBe(total)
        expect(payments[0].captures.map((c: any) => c.amount)).toEqual([total])
      })
    })
  },
})
