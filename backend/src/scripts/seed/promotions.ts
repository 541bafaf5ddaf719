import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"

/** The code a shopper types in the cart: 10% off the goods. */
export const DEMO_PROMO_CODE = "OCOP10"
/** Delivery is free from this much of goods (whole đồng), through an automatic promotion. */
export const FREE_SHIPPING_THRESHOLD_VND = 300_000
export const FREE_SHIPPING_PROMOTION_CODE = "FREESHIP300K"
export const TET_PROMOTION_CODE = "TET-AN-GIANG-2027"

/**
 * The demo's promotions, all Medusa Promotion Module records the office manages in
 * Medusa Admin (Promotions, Campaigns):
 * - OCOP10, a code: 10% off the goods of a cart;
 * - FREESHIP300K, automatic: delivery free once the goods reach 300.000 ₫ (the cart
 *   page reads the threshold from this promotion's `item_total` rule);
 * - TET-AN-GIANG-2027, automatic, in the campaign "Tết Đinh Mùi 2027 – Đặc sản An
 *   Giang": 5% off An Giang's products until the 15th day of the first lunar month
 *   (20 February 2027), seeded as a draft: a discount on a province's goods is the
 *   office's decision, so it starts when the office sets it active in Admin (a shop
 *   installed from this seed does not sell below its prices on its own).
 * Illustrative offers, not a real provincial programme.
 * Safe to run again: a promotion whose code exists is left as the office keeps it.
 */
export async function ensurePromotions(
  container: MedusaContainer,
  logger: Logger
) {
  const promotions = container.resolve(Modules.PROMOTION)
  const existing = new Set(
    (
      await promotions.listPromotions(
        {
          code: [
            DEMO_PROMO_CODE,
            FREE_SHIPPING_PROMOTION_CODE,
            TET_PROMOTION_CODE,
          ],
        },
        { select: ["code"] }
      )
    ).map((p) => p.code)
  )
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // An Giang's products: those whose certificate names province 91 as the origin.
  const anGiang = (
    await knex
      .from("ocop_product_certification as pc")
      .join("ocop_certification as c", "c.id", "pc.certification_id")
      .whereNull("pc.deleted_at")
      .whereNull("c.deleted_at")
      .where("c.origin_province_code", "91")
      .distinct("pc.product_id")
  ).map((r: any) => r.product_id as string)
  const { data: products } = anGiang.length
    ? await query.graph({
        entity: "product",
        fields: ["id"],
        filters: { id: anGiang },
      })
    : { data: [] as any[] }

  const toCreate = [
    {
      code: DEMO_PROMO_CODE,
      type: "standard" as const,
      status: "active" as const,
      is_automatic: false,
      application_method: {
        type: "percentage" as const,
        target_type: "items" as const,
        allocation: "across" as const,
        value: 10,
      },
      rules: [{ attribute: "currency_code", operator: "in" as const, values: ["vnd"] }],
    },
    {
      code: FREE_SHIPPING_PROMOTION_CODE,
      type: "standard" as const,
      status: "active" as const,
      is_automatic: true,
      application_method: {
        type: "percentage" as const,
        target_type: "shipping_methods" as const,
        allocation: "across" as const,
        value: 100,
      },
      rules: [
        { attribute: "currency_code", operator: "in" as const, values: ["vnd"] },
        {
          attribute: "item_total",
          operator: "gte" as const,
          values: [String(FREE_SHIPPING_THRESHOLD_VND)],
        },
      ],
    },
    ...(products.length
      ? [
          {
            code: TET_PROMOTION_CODE,
            type: "standard" as const,
            status: "draft" as const,
            is_automatic: true,
            application_method: {
              type: "percentage" as const,
              target_type: "items" as const,
              allocation: "across" as const,
              value: 5,
              target_rules: [
                {
                  attribute: "items.product.id",
                  operator: "in" as const,
                  values: products.map((p: any) => p.id),
                },
              ],
            },
            rules: [
              { attribute: "currency_code", operator: "in" as const, values: ["vnd"] },
            ],
            campaign: {
              name: "Tết Đinh Mùi 2027 – Đặc sản An Giang",
              campaign_identifier: "tet-2027-an-giang",
              description:
                "Giảm 5% đặc sản OCOP An Giang đến Rằm tháng Giêng (chiến dịch minh hoạ).",
              starts_at: new Date("2026-12-01T00:00:00+07:00"),
              ends_at: new Date("2027-02-20T23:59:59+07:00"),
            },
          },
        ]
      : []),
  ].filter((p) => !existing.has(p.code))

  if (!toCreate.length) {
    logger.info("  already created")
    return
  }
  await createPromotionsWorkflow(container).run({
    input: { promotionsData: toCreate as any },
  })
  logger.info(`  ${toCreate.map((p) => p.code).join(", ")} created`)
}
