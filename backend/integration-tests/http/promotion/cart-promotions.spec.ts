import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import {
  DEMO_PROMO_CODE,
  ensurePromotions,
  FREE_SHIPPING_THRESHOLD_VND,
  TET_PROMOTION_CODE,
} from "../../../src/scripts/seed/promotions"
import { responseOf, seedShop, storeHeaders } from "../fixtures"
import { shipToFirstOption } from "../payment-fixtures"

const CART_FIELDS =
  "id,item_total,item_subtotal,discount_total,shipping_total,shipping_subtotal,*promotions,*items,*items.adjustments"

// The Tết campaign covers An Giang's products (province 91); Cần Thơ's (92) only get
// what a code or the free-delivery threshold gives. Each product's province is read
// from its certificate, not assumed.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let variants: { id: string; price: number; province: string }[]

    beforeAll(async () => {
      store = await seedShop(getContainer())
      await dbUtils.snapshot()
    })

    beforeEach(async () => {
      await ensurePromotions(
        getContainer(),
        getContainer().resolve(ContainerRegistrationKeys.LOGGER)
      )
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "product",
          fields: [
            "id",
            "variants.id",
            "variants.prices.amount",
            "variants.prices.currency_code",
            "certifications.origin_province_code",
          ],
        })
      variants = data.flatMap((p: any) =>
        (p.variants ?? []).map((v: any) => ({
          id: v.id,
          price: v.prices?.find((x: any) => x.currency_code === "vnd")?.amount,
          province: p.certifications?.[0]?.origin_province_code,
        }))
      ).filter((v: any) => typeof v.price === "number")
    })

    const headers = () => storeHeaders(store)

    async function cartWith(variantId: string, quantity = 1) {
      const { data } = await api.post(
        `/store/carts?fields=${CART_FIELDS}`,
        {
          region_id: store.regionId,
          items: [{ variant_id: variantId, quantity }],
        },
        headers()
      )
      return data.cart
    }

    const cartOf = async (id: string) =>
      (await api.get(`/store/carts/${id}?fields=${CART_FIELDS}`, headers())).data.cart

    describe("POST/DELETE /store/carts/:id/promotions", () => {
      it("takes 10% off the goods with OCOP10 and gives it back when the code is removed", async () => {
        // A Cần Thơ product, outside the Tết campaign, so only the code discounts it.
        const canTho = variants.find((v) => v.province === "92")!
        const cart = await cartWith(canTho.id, 2)
        expect(cart.discount_total).toBe(0)

        const { data: applied } = await api.post(
          `/store/carts/${cart.id}/promotions`,
          { promo_codes: [DEMO_PROMO_CODE] },
          headers()
        )
        expect(applied.cart.promotions.map((p: any) => p.code)).toContain(DEMO_PROMO_CODE)
        const withCode = await cartOf(cart.id)
        expect(withCode.discount_total).toBe(Math.round(canTho.price * 2 * 0.1))

        await api.delete(`/store/carts/${cart.id}/promotions`, {
          ...headers(),
          data: { promo_codes: [DEMO_PROMO_CODE] },
        })
        const removed = await cartOf(cart.id)
        expect(removed.discount_total).toBe(0)
        expect(removed.promotions.map((p: any) => p.code)).not.toContain(DEMO_PROMO_CODE)
      })

      it("refuses an unknown code with a 400 naming it, and keeps the cart as it was", async () => {
        const cart = await cartWith(variants.find((v) => v.province === "92")!.id)
        const res = await responseOf(
          api.post(
            `/store/carts/${cart.id}/promotions`,
            { promo_codes: ["KHONGCO"] },
            headers()
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("KHONGCO")
        expect((await cartOf(cart.id)).discount_total).toBe(0)
      })
    })

    describe("automatic campaigns", () => {
      it("takes 5% off An Giang's products in the Tết campaign, without a code, once the office sets it active", async () => {
        const anGiang = variants.find((v) => v.province === "91")!
        // Seeded as a draft: no discount until the office switches the campaign on.
        expect((await cartWith(anGiang.id)).discount_total).toBe(0)
        const promotions = getContainer().resolve(Modules.PROMOTION)
        const [tet] = await promotions.listPromotions({ code: TET_PROMOTION_CODE })
        await promotions.updatePromotions([{ id: tet.id, status: "active" }])
        const cart = await cartWith(anGiang.id)
        expect(cart.discount_total).toBe(Math.round(anGiang.price * 0.05))
      })

      it("makes delivery free once the goods reach the threshold the cart page reads", async () => {
        const { data } = await api.get("/store/ocop/free-shipping", headers())
        expect(data).toEqual({ threshold_vnd: FREE_SHIPPING_THRESHOLD_VND })

        // The dearest Cần Thơ pack: the fewest units reach the threshold.
        const canTho = variants.filter((v) => v.province === "92").sort((a, b) => b.price - a.price)[0]!
        const small = await cartWith(canTho.id, 1)
        await shipToFirstOption(api, small.id, headers())
        const paid = await cartOf(small.id)
        expect(paid.item_total).toBeLessThan(FREE_SHIPPING_THRESHOLD_VND)
        expect(paid.shipping_total).toBeGreaterThan(0)

        const quantity = Math.ceil(FREE_SHIPPING_THRESHOLD_VND / canTho.price)
        const big = await cartWith(canTho.id, quantity)
        await shipToFirstOption(api, big.id, headers())
        const free = await cartOf(big.id)
        expect(free.item_total).toBeGreaterThanOrEqual(FREE_SHIPPING_THRESHOLD_VND)
        expect(free.shipping_total).toBe(0)
      })
    })
  },
})
