import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductReviewsWorkflow } from "@ocop-market/medusa-plugin-ocop/workflows"
import {
  REVIEW_MODULE,
  type ReviewModuleService,
} from "@ocop-market/medusa-plugin-ocop/modules/review"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import {
  adminHeaders,
  responseOf,
  seedShop,
  storeHeaders,
} from "../fixtures"
import { openPaymentSession, shipToFirstOption } from "../payment-fixtures"
import { producerSession, seedProducerLogins } from "../producer-fixtures"

const COD = "pp_system_default"
const PASSWORD = "s3cret-buyer"
// The smallest valid PNG (1×1): its leading bytes say PNG, as the upload check wants.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64"
)

// Two producers of An Giang: Hộ kinh doanh ANAS (p04) and Công ty Thanh Hồ (p02).
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let productOf: Record<string, { id: string; handle: string; variant: string }>

    beforeAll(async () => {
      store = await seedShop(getContainer(), ["p02", "p04"])
      await seedProducerLogins(getContainer())
      await dbUtils.snapshot()
    })

    beforeEach(async () => {
      await seedProducerLogins(getContainer())
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "product",
          fields: ["id", "handle", "variants.id", "producer.handle"],
        })
      productOf = Object.fromEntries(
        data.map((p: any) => [
          p.producer.handle,
          { id: p.id, handle: p.handle, variant: p.variants[0].id },
        ])
      )
    })

    /** A registered shopper, signed in: its store headers. */
    async function shopper(email: string, first_name = "Lan", last_name = "Nguyễn Thị") {
      const { data: registered } = await api.post(
        "/auth/customer/emailpass/register",
        { email, password: PASSWORD }
      )
      await api.post(
        "/store/customers",
        { email, first_name, last_name },
        {
          headers: {
            ...storeHeaders(store).headers,
            authorization: `Bearer ${registered.token}`,
          },
        }
      )
      const { data } = await api.post("/auth/customer/emailpass", {
        email,
        password: PASSWORD,
      })
      return {
        headers: {
          ...storeHeaders(store).headers,
          authorization: `Bearer ${data.token}`,
        },
      }
    }

    /** A COD order of one unit of each producer's product, placed by the signed-in shopper. */
    async function placeOrder(
      headers: { headers: Record<string, string> },
      handles: string[]
    ) {
      const { data: created } = await api.post(
        "/store/carts",
        {
          region_id: store.regionId,
          items: handles.map((h) => ({
            variant_id: productOf[h].variant,
            quantity: 2,
          })),
        },
        headers
      )
      const cartId = created.cart.id
      await shipToFirstOption(api, cartId, headers)
      await openPaymentSession(api, store, cartId, COD)
      const { data } = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        headers
      )
      const order = data.order
      const lineOf = (handle: string) =>
        order.items.find((i: any) => i.variant_id === productOf[handle].variant).id as string
      return { order, lineOf }
    }

    /** The office fulfils the given lines and marks the parcel delivered. */
    async function deliver(orderId: string, lineIds: string[]) {
      const headers = await adminHeaders(api, getContainer())
      const { data: fulfilled } = await api.post(
        `/admin/orders/${orderId}/fulfillments?fields=id,fulfillments.id`,
        { items: lineIds.map((id) => ({ id, quantity: 2 })) },
        headers
      )
      const fulfillmentId = fulfilled.order.fulfillments.at(-1).id
      await api.post(
        `/admin/orders/${orderId}/fulfillments/${fulfillmentId}/mark-as-delivered`,
        {},
        headers
      )
    }

    const review = (overrides: Record<string, unknown> = {}) => ({
      rating: 5,
      body: "Mật ong thơm, đóng chai cẩn thận, giao nhanh.",
      ...overrides,
    })

    const reviewsInDb = () =>
      getContainer().resolve<ReviewModuleService>(REVIEW_MODULE).listProductReviews()

    const productPage = async (handle: string) =>
      (await api.get(`/store/ocop/products/${handle}`, storeHeaders(store))).data.product

    describe("POST /store/ocop/reviews", () => {
      it("lets the buyer review a delivered line; the product page and cards show its stars and the units sold", async () => {
        const lan = await shopper("lan@example.vn")
        const { order, lineOf } = await placeOrder(lan, ["anas"])
        await deliver(order.id, [lineOf("anas")])

        const res = await api.post(
          "/store/ocop/reviews",
          review({ order_id: order.id, line_item_id: lineOf("anas"), rating: 4 }),
          lan
        )
        expect(res.status).toBe(201)
        expect(res.data.review).toEqual(
          expect.objectContaining({ rating: 4, author_name: "Lan N.", photos: [] })
        )
        expect(res.data.review).not.toHaveProperty("customer_id")

        const page = await productPage(productOf.anas.handle)
        expect(page.rating).toEqual({ average: 4, count: 1 })
        expect(page.sold).toBe(2)
        expect(page.reviews).toEqual([
          expect.objectContaining({ body: review().body, author_name: "Lan N." }),
        ])
        const { data: list } = await api.get("/store/ocop/products", storeHeaders(store))
        const card = list.products.find((p: any) => p.id === productOf.anas.id)
        expect(card).toEqual(
          expect.objectContaining({ rating: { average: 4, count: 1 }, sold: 2 })
        )
        const other = list.products.find((p: any) => p.id === productOf["thanh-ho"].id)
        expect(other.rating).toEqual({ average: null, count: 0 })
      })

      it("refuses a line not yet delivered (400 naming line_item_id) and writes nothing", async () => {
        const lan = await shopper("lan@example.vn")
        const { order, lineOf } = await placeOrder(lan, ["anas", "thanh-ho"])
        await deliver(order.id, [lineOf("anas")])

        const res = await responseOf(
          api.post(
            "/store/ocop/reviews",
            review({ order_id: order.id, line_item_id: lineOf("thanh-ho") }),
            lan
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("line_item_id")
        expect(await reviewsInDb()).toHaveLength(0)
      })

      it("takes one review per order line: a second is a 409", async () => {
        const lan = await shopper("lan@example.vn")
        const { order, lineOf } = await placeOrder(lan, ["anas"])
        await deliver(order.id, [lineOf("anas")])
        const body = review({ order_id: order.id, line_item_id: lineOf("anas") })
        await api.post("/store/ocop/reviews", body, lan)

        const again = await responseOf(
          api.post("/store/ocop/reviews", { ...body, rating: 1 }, lan)
        )
        expect(again.status).toBe(409)
        expect(await reviewsInDb()).toEqual([expect.objectContaining({ rating: 5 })])
      })

      it("answers 404 for another shopper's order, and 401 without signing in", async () => {
        const lan = await shopper("lan@example.vn")
        const { order, lineOf } = await placeOrder(lan, ["anas"])
        await deliver(order.id, [lineOf("anas")])
        const minh = await shopper("minh@example.vn", "Minh", "Trần")
        const body = review({ order_id: order.id, line_item_id: lineOf("anas") })

        const other = await responseOf(api.post("/store/ocop/reviews", body, minh))
        expect(other.status).toBe(404)
        const guest = await responseOf(
          api.post("/store/ocop/reviews", body, storeHeaders(store))
        )
        expect(guest.status).toBe(401)
        expect(await reviewsInDb()).toHaveLength(0)
      })

      it("refuses stars outside 1–5 and photos from outside the shop, naming the field", async () => {
        const lan = await shopper("lan@example.vn")
        const { order, lineOf } = await placeOrder(lan, ["anas"])
        await deliver(order.id, [lineOf("anas")])
        const line = { order_id: order.id, line_item_id: lineOf("anas") }

        for (const rating of [0, 6, 4.5]) {
          const res = await responseOf(
            api.post("/store/ocop/reviews", review({ ...line, rating }), lan)
          )
          expect(res.status).toBe(400)
          expect(res.data.message).toContain("rating")
        }
        const photos = await responseOf(
          api.post(
            "/store/ocop/reviews",
            review({ ...line, photos: ["https://evil.example/x.png"] }),
            lan
          )
        )
        expect(photos.status).toBe(400)
        expect(photos.data.message).toContain("photos")
        expect(await reviewsInDb()).toHaveLength(0)
      })

      it("keeps up to three photos uploaded through the shop", async () => {
        const lan = await shopper("lan@example.vn")
        const { order, lineOf } = await placeOrder(lan, ["anas"])
        await deliver(order.id, [lineOf("anas")])
        const form = new FormData()
        form.append("files", new Blob([PNG], { type: "image/png" }), "hu-mat-ong.png")
        const uploaded = await api.post("/store/ocop/reviews/uploads", form, lan)
        expect(uploaded.status).toBe(201)
        const url = uploaded.data.files[0].url

        const res = await api.post(
          "/store/ocop/reviews",
          review({ order_id: order.id, line_item_id: lineOf("anas"), photos: [url] }),
          lan
        )
        expect(res.data.review.photos).toEqual([url])
        const tooMany = await responseOf(
          api.post(
            "/store/ocop/reviews",
            review({ order_id: order.id, line_item_id: lineOf("anas"), photos: [url, url, url, url] }),
            lan
          )
        )
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toContain("photos")
      })

      it("refuses a PDF as a review photo", async () => {
        const lan = await shopper("lan@example.vn")
        const form = new FormData()
        form.append(
          "files",
          new Blob([Buffer.from("%PDF-1.4\n%%EOF\n")], { type: "application/pdf" }),
          "hoa-don.pdf"
        )
        const res = await responseOf(api.post("/store/ocop/reviews/uploads", form, lan))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("files")
      })

      it("writes nothing when the workflow fails after creating the review", async () => {
        const lan = await shopper("lan@example.vn")
        const { order, lineOf } = await placeOrder(lan, ["anas"])
        await deliver(order.id, [lineOf("anas")])
        const { data: me } = await api.get("/store/customers/me", lan)
        const workflow = createProductReviewsWorkflow(getContainer())
        workflow.addAction(
          "fail-at-the-end",
          {
            invoke: async () => {
              throw new Error("the event bus went away")
            },
          },
          { noCompensation: true }
        )
        const { errors } = await workflow.run({
          input: {
            reviews: [
              {
                customer_id: me.customer.id,
                order_id: order.id,
                line_item_id: lineOf("anas"),
                rating: 5,
                body: "Ngon",
              },
            ],
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("event bus")
        expect(await reviewsInDb()).toHaveLength(0)
      })
    })

    describe("GET /store/ocop/orders/:id/reviews", () => {
      it("tells the buyer which lines can be reviewed, and hides the order from others", async () => {
        const lan = await shopper("lan@example.vn")
        const { order, lineOf } = await placeOrder(lan, ["anas", "thanh-ho"])
        await deliver(order.id, [lineOf("anas")])

        const { data } = await api.get(`/store/ocop/orders/${order.id}/reviews`, lan)
        expect(data.lines).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ line_item_id: lineOf("anas"), status: "reviewable" }),
            expect.objectContaining({ line_item_id: lineOf("thanh-ho"), status: "not_delivered" }),
          ])
        )
        const minh = await shopper("minh@example.vn", "Minh", "Trần")
        const other = await responseOf(api.get(`/store/ocop/orders/${order.id}/reviews`, minh))
        expect(other.status).toBe(404)
      })
    })

    describe("the producer's reply and the office's moderation", () => {
      async function reviewedAnas() {
        const lan = await shopper("lan@example.vn")
        const { order, lineOf } = await placeOrder(lan, ["anas"])
        await deliver(order.id, [lineOf("anas")])
        const { data } = await api.post(
          "/store/ocop/reviews",
          review({ order_id: order.id, line_item_id: lineOf("anas"), rating: 2 }),
          lan
        )
        return data.review
      }

      it("the producer replies in public; another producer gets a 404", async () => {
        const written = await reviewedAnas()
        const anas = await producerSession(api, getContainer(), "anas")
        const thanhHo = await producerSession(api, getContainer(), "thanh-ho")

        const { data: own } = await api.get("/producer/reviews", anas.headers)
        expect(own.reviews.map((r: any) => r.id)).toEqual([written.id])
        const { data: none } = await api.get("/producer/reviews", thanhHo.headers)
        expect(none.reviews).toEqual([])

        const reply = "Cảm ơn chị, lô sau cơ sở sẽ đóng chai kỹ hơn."
        const foreign = await responseOf(
          api.post(`/producer/reviews/${written.id}/reply`, { reply }, thanhHo.headers)
        )
        expect(foreign.status).toBe(404)
        await api.post(`/producer/reviews/${written.id}/reply`, { reply }, anas.headers)
        const page = await productPage(productOf.anas.handle)
        expect(page.reviews[0]).toEqual(expect.objectContaining({ reply }))
      })

      it("a review the office hides leaves the shop and the average, and the producer sees why", async () => {
        const written = await reviewedAnas()
        const headers = await adminHeaders(api, getContainer())
        const noReason = await responseOf(
          api.post(`/admin/ocop/product-reviews/${written.id}/hide`, {}, headers)
        )
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toContain("reason")

        const reason = "Lộ số điện thoại của người bán"
        await api.post(`/admin/ocop/product-reviews/${written.id}/hide`, { reason }, headers)
        const page = await productPage(productOf.anas.handle)
        expect(page.reviews).toEqual([])
        expect(page.rating).toEqual({ average: null, count: 0 })
        const anas = await producerSession(api, getContainer(), "anas")
        const { data } = await api.get("/producer/reviews", anas.headers)
        expect(data.reviews[0]).toEqual(
          expect.objectContaining({ status: "hidden", hidden_reason: reason })
        )

        await api.post(`/admin/ocop/product-reviews/${written.id}/show`, {}, headers)
        expect((await productPage(productOf.anas.handle)).rating).toEqual({
          average: 2,
          count: 1,
        })
      })
    })
  },
})
