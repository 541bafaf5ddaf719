import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_POINT_CHANNEL_NAME } from "./ensure-sales-point-channel"
import type { SalesPointVariant } from "./resolve-sales-point-variants"

// The whole total by one method, as `payment_method`: VietQR needs its code, so it
// is paid through `payments` only.
export const SINGLE_PAYMENT_METHODS = ["cash", "card_at_counter"] as const

export const prepareCounterSaleStepId = "ocop-prepare-counter-sale"
/**
 * The order a basket becomes: VND lines at the catalog price in the `sales-point`
 * channel. A variant without a VND price cannot be sold (400 naming the line).
 */
export const prepareCounterSaleStep = createStep(
  prepareCounterSaleStepId,
  async (
    input: {
      items: { variant_id: string; quantity: number }[]
      variants: SalesPointVariant[]
    },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    // Independent lookups: one round trip's wait instead of two.
    const [{ data: channels }, { data: regions }] = await Promise.all([
      query.graph({
        entity: "sales_channel",
        fields: ["id"],
        filters: { name: SALES_POINT_CHANNEL_NAME },
      }),
      query.graph({
        entity: "region",
        fields: ["id"],
        filters: { currency_code: "vnd" },
      }),
    ])
    if (!channels[0]) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The "${SALES_POINT_CHANNEL_NAME}" sales channel does not exist yet: create a sales point first`
      )
    }
    const lines = input.items.map((item, i) => {
      const v = input.variants[i]
      if (v.unit_price === null) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `items[${i}].variant_id: ${v.title} has no VND price`
        )
      }
      return {
        variant_id: v.variant_id,
        product_id: v.product_id,
        title: v.product_title,
        product_title: v.product_title,
        variant_title: v.variant_title,
        variant_sku: v.sku,
        quantity: item.quantity,
        unit_price: v.unit_price,
      }
    })
    return new StepResponse({
      sales_channel_id: channels[0].id as string,
      region_id: (regions[0]?.id as string | undefined) ?? null,
      lines,
      total: lines.reduce((sum, l) => sum + l.unit_price * l.quantity, 0),
      units: lines.reduce((sum, l) => sum + l.quantity, 0),
    })
  }
)
