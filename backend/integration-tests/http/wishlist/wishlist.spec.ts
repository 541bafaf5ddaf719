import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addWishlistItemsWorkflow,
  removeWishlistItemsWorkflow,
} from "@ocop-market/medusa-plugin-ocop/workflows"
import {
  WISHLIST_MODULE,
  type WishlistModuleService,
} from "@ocop-market/medusa-plugin-ocop/modules/wishlist"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { responseOf, seedShop, storeHeaders } from "../fixtures"

const PASSWORD = "s3cret-shopper"

// Three products of An Giang (p01, p02, p04).
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let products: { id: string; handle: string }[]

    beforeAll(async () => {
      store = await seedShop(getContainer(), ["p01", "p02", "p04"])
      await dbUtils.snapshot()
    })

    beforeEach(async () => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["id", "handle"] })
      products = data
        .map((p: any) => ({ id: p.id, handle: p.handle }))
        .sort((a: any, b: any) => a.handle.localeCompare(b.handle))
    })

    /** A registered shopper, signed in: its store headers and customer id. */
    async function shopper(email: string) {
      const { data: registered } = await api.post(
        "/auth/customer/emailpass/register",
        { email, password: PASSWORD }
      )
      const { data: created } = await api.post(
        "/store/customers",
        { email, first_name: "Lan", last_name: "Nguyễn" },
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
        id: created.customer.id as string,
        headers: {
          ...storeHeaders(store).headers,
          authorization: `Bearer ${data.token}`,
        },
      }
    }

    const itemsOf = (customer_id: string) =>
      getContainer()
        .resolve<WishlistModuleService>(WISHLIST_MODULE)
        .listWishlistItems({ customer_id })

    describe("POST /store/ocop/wishlist/items", () => {
      it("keeps a hearted product once, and the list shows it as a catalog card", async () => {
        const lan = await shopper("lan@example.com")
        const [first, second] = products

        await api.post("/store/ocop/wishlist/items", { product_id: first.id }, { headers: lan.headers })
        const again = await api.post("/store/ocop/wishlist/items", { product_id: first.id }, { headers: lan.headers })
        expect(again.status).toBe(200)
        expect(again.data.wishlist.product_ids).toEqual([first.id])
        await api.post("/store/ocop/wishlist/items", { product_id: second.id }, { headers: lan.headers })

        const { data } = await api.get("/store/ocop/wishlist", { headers: lan.headers })
        // The latest added first.
        expect(data.wishlist.product_ids).toEqual([second.id, first.id])
        expect(data.wishlist.products.map((p: any) => p.handle)).toEqual([second.handle, first.handle])
        expect(data.wishlist.products[0]).toEqual(
          expect.objectContaining({
            title: expect.any(String),
            price_vnd: expect.any(Number),
            rating: expect.objectContaining({ count: 0 }),
            ocop: expect.objectContaining({ stars: expect.any(Number) }),
          })
        )
        expect(await itemsOf(lan.id)).toHaveLength(2)
        const ids = await api.get("/store/ocop/wishlist/ids", { headers: lan.headers })
        expect(ids.data).toEqual({ wishlist: { product_ids: [second.id, first.id] } })
      })

      it("answers 404 naming product_id for a product not on sale, and keeps nothing", async () => {
        const lan = await shopper("lan@example.com")
        await getContainer()
          .resolve(Modules.PRODUCT)
          .updateProducts(products[0].id, { status: "draft" })

        const res = await responseOf(
          api.post("/store/ocop/wishlist/items", { product_id: products[0].id }, { headers: lan.headers })
        )
        expect(res.status).toBe(404)
        expect(res.data.message).toContain("product_id")
        expect(await itemsOf(lan.id)).toHaveLength(0)
      })

      it("answers 400 naming product_id for something that is not a product id", async () => {
        const lan = await shopper("lan@example.com")
        const res = await responseOf(
          api.post("/store/ocop/wishlist/items", { product_id: "../admin" }, { headers: lan.headers })
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("product_id")
        const extra = await responseOf(
          api.post(
            "/store/ocop/wishlist/items",
            { product_id: products[0].id, customer_id: "cus_someone_else" },
            { headers: lan.headers }
          )
        )
        expect(extra.status).toBe(400)
        expect(await itemsOf(lan.id)).toHaveLength(0)
      })

      it("is only for signed-in shoppers", async () => {
        const res = await responseOf(
          api.post("/store/ocop/wishlist/items", { product_id: products[0].id }, storeHeaders(store))
        )
        expect(res.status).toBe(401)
        const list = await responseOf(api.get("/store/ocop/wishlist", storeHeaders(store)))
        expect(list.status).toBe(401)
      })
    })

    describe("another shopper's list", () => {
      it("is never seen or changed by anyone else", async () => {
        const lan = await shopper("lan@example.com")
        const minh = await shopper("minh@example.com")
        await api.post("/store/ocop/wishlist/items", { product_id: products[0].id }, { headers: lan.headers })

        const { data } = await api.get("/store/ocop/wishlist", { headers: minh.headers })
        expect(data.wishlist).toEqual({ product_ids: [], products: [] })
        const ids = await api.get("/store/ocop/wishlist/ids", { headers: minh.headers })
        expect(ids.data.wishlist.product_ids).toEqual([])

        const removed = await responseOf(
          api.delete(`/store/ocop/wishlist/items/${products[0].id}`, { headers: minh.headers })
        )
        expect(removed.status).toBe(404)
        expect(removed.data.message).toContain("product_id")
        expect((await itemsOf(lan.id)).map((i) => i.product_id)).toEqual([products[0].id])

        // Minh hearting the same product puts it on Minh's list only.
        await api.post("/store/ocop/wishlist/items", { product_id: products[0].id }, { headers: minh.headers })
        await api.delete(`/store/ocop/wishlist/items/${products[0].id}`, { headers: minh.headers })
        expect(await itemsOf(minh.id)).toHaveLength(0)
        expect((await itemsOf(lan.id)).map((i) => i.product_id)).toEqual([products[0].id])
      })
    })

    describe("DELETE /store/ocop/wishlist/items/:product_id", () => {
      it("takes a product off the list, and it can be hearted again", async () => {
        const lan = await shopper("lan@example.com")
        await api.post("/store/ocop/wishlist/items", { product_id: products[0].id }, { headers: lan.headers })
        const { data } = await api.delete(`/store/ocop/wishlist/items/${products[0].id}`, { headers: lan.headers })
        expect(data.wishlist.product_ids).toEqual([])
        const readded = await api.post("/store/ocop/wishlist/items", { product_id: products[0].id }, { headers: lan.headers })
        expect(readded.data.wishlist.product_ids).toEqual([products[0].id])
      })
    })

    describe("POST /store/ocop/wishlist/merge", () => {
      it("joins a guest's list to the customer's, once each, leaving out products no longer on sale", async () => {
        const lan = await shopper("lan@example.com")
        const [kept, guestOnly, withdrawn] = products
        await api.post("/store/ocop/wishlist/items", { product_id: kept.id }, { headers: lan.headers })
        await getContainer().resolve(Modules.PRODUCT).updateProducts(withdrawn.id, { status: "draft" })

        const { data } = await api.post(
          "/store/ocop/wishlist/merge",
          { product_ids: [guestOnly.id, kept.id, withdrawn.id, "prod_01NEVEREXISTED"] },
          { headers: lan.headers }
        )
        expect([...data.wishlist.product_ids].sort()).toEqual([kept.id, guestOnly.id].sort())
        expect(await itemsOf(lan.id)).toHaveLength(2)
      })

      it("refuses more than a browser keeps, naming product_ids", async () => {
        const lan = await shopper("lan@example.com")
        const res = await responseOf(
          api.post(
            "/store/ocop/wishlist/merge",
            { product_ids: Array.from({ length: 101 }, (_, i) => `prod_${i}`) },
            { headers: lan.headers }
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("product_ids")
        expect(await itemsOf(lan.id)).toHaveLength(0)
      })
    })

    describe("workflows", () => {
      it("keeps nothing when adding fails late", async () => {
        const lan = await shopper("lan@example.com")
        const workflow = addWishlistItemsWorkflow(getContainer())
        workflow.addAction(
          "fail-at-the-end",
          { invoke: async () => { throw new Error("the database went away") } },
          { noCompensation: true }
        )
        const { errors } = await workflow.run({
          input: { customer_id: lan.id, product_ids: [products[0].id, products[1].id], skip_unavailable: false },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("went away")
        expect(await itemsOf(lan.id)).toHaveLength(0)
      })

      it("puts the product back when removing fails late", async () => {
        const lan = await shopper("lan@example.com")
        await api.post("/store/ocop/wishlist/items", { product_id: products[0].id }, { headers: lan.headers })
        const workflow = removeWishlistItemsWorkflow(getContainer())
        workflow.addAction(
          "fail-at-the-end",
          { invoke: async () => { throw new Error("the database went away") } },
          { noCompensation: true }
        )
        const { errors } = await workflow.run({
          input: { customer_id: lan.id, product_ids: [products[0].id] },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("went away")
        expect((await itemsOf(lan.id)).map((i) => i.product_id)).toEqual([products[0].id])
      })
    })
  },
})
