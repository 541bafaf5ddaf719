import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SalesPointVariant = {
  variant_id: string
  product_id: string
  // The product's producer: whose consigned lot a delivery is, unless told otherwise.
  producer_id: string | null
  title: string
  product_title: string
  variant_title: string | null
  sku: string | null
  // VND price without rules or price list, as the catalog shows it.
  unit_price: number | null
  inventory_items: { inventory_item_id: string; required_quantity: number }[]
  // The OCOP criteria set of the product's current certificate: food sets are
  // received with a lot and its expiry date.
  category_set: string | null
}

export const resolveSalesPointVariantsStepId =
  "ocop-resolve-sales-point-variants"
/**
 * Looks up the variants a stock operation names: their inventory items and VND price.
 * An unknown variant is a 404 naming the field (`items[1].variant_id`); a variant
 * whose stock Medusa does not manage, or an experience's date seat, cannot be
 * counted at a sales point (400).
 */
export const resolveSalesPointVariantsStep = createStep(
  resolveSalesPointVariantsStepId,
  async (input: { variant_ids: string[]; fields: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "title",
        "sku",
        "manage_inventory",
        "product.id",
        "product.title",
        "product.producer.id",
        "product.experience.id",
        "product.certifications.category_set",
        "product.certifications.status",
        "inventory_items.inventory_item_id",
        "inventory_items.required_quantity",
        "prices.amount",
        "prices.currency_code",
        "prices.rules_count",
        "prices.price_list_id",
      ],
      filters: { id: [...new Set(input.variant_ids)] },
    })
    const variants = input.variant_ids.map((id, i): SalesPointVariant => {
      const v: any = data.find((d: any) => d.id === id)
      if (!v) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `${input.fields[i]}: product variant ${id} was not found`
        )
      }
      if (v.product?.experience?.id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${input.fields[i]}: ${v.product.title} is an experience's date seat, booked online, never stocked at a sales point`
        )
      }
      const items = (v.inventory_items ?? []).filter(Boolean)
      if (!v.manage_inventory || !items.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${input.fields[i]}: the stock of variant ${id} is not managed`
        )
      }
      const vnd = (v.prices ?? [])
        .filter(
          (p: any) =>
            p.currency_code === "vnd" && !p.rules_count && !p.price_list_id
        )
        .map((p: any) => Number(p.amount))
      const productTitle = v.product?.title ?? ""
      const certificates = (v.product?.certifications ?? []).filter(
        (c: any) => c && ["active", "expired"].includes(c.status)
      )
      const certificate =
        certificates.find((c: any) => c.status === "active") ?? certificates[0]
      return {
        variant_id: v.id,
        product_id: v.product?.id,
        producer_id: v.product?.producer?.id ?? null,
        product_title: productTitle,
        variant_title: v.title ?? null,
        title: v.title ? `${productTitle} (${v.title})` : productTitle,
        sku: v.sku ?? null,
        unit_price: vnd.length ? Math.min(...vnd) : null,
        inventory_items: items.map((ii: any) => ({
          inventory_item_id: ii.inventory_item_id,
          required_quantity: Number(ii.required_quantity ?? 1),
        })),
        category_set: certificate?.category_set ?? null,
      }
    })
    return new StepResponse(variants)
  }
)
