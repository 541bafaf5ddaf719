import type {
  MedusaStoreRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  MedusaError,
  QueryContext,
} from "@medusajs/framework/utils"
import { getOcopProduct } from "../../../../../queries/ocop-catalog"
import { relatedOcopProducts } from "../../../../../queries/related-products"
import type { StoreGetOcopProductParamsType } from "../validators"
import { salesPointsHavingProduct } from "../../../../../queries/sales-points"
import { REVIEW_MODULE } from "../../../../../modules/review"
import type ReviewModuleService from "../../../../../modules/review/service"
import type { OcopShopFacts } from "../../../../../types/store"
import { translateResponse } from "../../../translate-response"
import { publicReview } from "../../../../shared/product-review-view"
import {
  certificationHistoryEntry,
  isPublicStatus,
} from "../../../../shared/certification-history"

/** The shop's notes beside the price, read from the product's metadata. */
const shopFacts = (metadata: Record<string, unknown>): OcopShopFacts => ({
  age_restricted: metadata.age_restricted === true,
  vat_rate: typeof metadata.vat_rate === "number" ? metadata.vat_rate : null,
  prices_illustrative: metadata.prices_illustrative === true,
})

// As many reviews as a shopper reads on the page; the average counts them all.
const PAGE_REVIEWS = 20

/**
 * Everything the product page shows that is the same for every shopper, in one
 * answer: the listing, its variants with price and stock, the certificate record,
 * the shop's notes, the sales points that have it, and its latest reviews.
 */
export const GET = async (
  req: MedusaStoreRequest<unknown, StoreGetOcopProductParamsType>,
  res: MedusaResponse
) => {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const item = await getOcopProduct(knex, {
    handle: req.params.handle,
    sales_channel_ids: req.publishable_key_context.sales_channel_ids,
  })
  if (!item) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `OCOP product with handle "${req.params.handle}" was not found`
    )
  }
  // The rails under the product (?related=N cards each) come in the same answer.
  const { related: perRail } = req.validatedQuery as StoreGetOcopProductParamsType
  const related = perRail
    ? relatedOcopProducts(knex, item, {
        limit: perRail,
        sales_channel_ids: req.publishable_key_context.sales_channel_ids,
      })
    : Promise.resolve(null)
  // Where to buy in person is extra: if it cannot be read, the page still sells online.
  const salesPoints = salesPointsHavingProduct(knex, item.id).catch(() => null)
  // The newest published reviews; the office's hidden ones are not part of the page.
  const reviews = req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listProductReviews(
      { product_id: item.id, status: "published" },
      { order: { created_at: "DESC" }, take: PAGE_REVIEWS }
    )
  // Sellable means what the cart will accept: stock at this channel's locations,
  // unless the variant is not stock-managed or may be backordered. Read beside the
  // product rather than after it: under load every round trip waits its turn.
  const salesChannelId = req.publishable_key_context.sales_channel_ids[0]
  const availability: Promise<
    Record<string, { availability: number | null } | undefined>
  > = salesChannelId
    ? knex("product_variant")
        .where({ product_id: item.id })
        .whereNull("deleted_at")
        .pluck("id")
        .then((variantIds: string[]) =>
          variantIds.length
            ? getVariantAvailability(query, {
                variant_ids: variantIds,
                sales_channel_id: salesChannelId,
              })
            : {}
        )
    : Promise.resolve({})
  // Awaited further down; marked handled now, so that a failure of a step in between
  // answers the request with that error instead of leaving these rejections unhandled.
  for (const pending of [related, reviews, availability]) pending.catch(() => undefined)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "description",
      "material",
      "weight",
      "metadata",
      "images.id",
      "images.url",
      "images.rank",
      "options.id",
      "options.title",
      "options.values.id",
      "options.values.value",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.variant_rank",
      "variants.weight",
      "variants.manage_inventory",
      "variants.allow_backorder",
      "variants.options.id",
      "variants.options.value",
      "variants.options.option.id",
      "variants.options.option.title",
      "variants.calculated_price.*",
      "certifications.*",
    ],
    filters: { id: item.id },
    context: {
      variants: { calculated_price: QueryContext({ currency_code: "vnd" }) },
    },
  })
  const points = await salesPoints
  const rails = await related
  const originalTitle = item.title
  // Before the mapping below, which drops the ids translations are matched by.
  await translateResponse(req, [
    item,
    product,
    ...(points ?? []),
    ...(rails ? [...rails.producer, ...rails.category, ...rails.province] : []),
  ])
  const metadata = (product.metadata ?? {}) as Record<string, unknown>
  const stock = await availability
  const inStock = (v: any) =>
    !v.manage_inventory ||
    !!v.allow_backorder ||
    (stock[v.id]?.availability ?? 0) > 0
  res.json({
    product: {
      ...item,
      shop: shopFacts(metadata),
      sales_points: points,
      reviews: (await reviews).map(publicReview),
      related: rails,
      description: product.description,
      original_title: originalTitle,
      title_en: metadata.title_en ?? null,
      description_en: metadata.description_en ?? null,
      // In the order the producer set (Medusa's rank), the cover first.
      images: [...(product.images ?? [])]
        .sort((a: any, b: any) => (a.rank ?? 0) - (b.rank ?? 0))
        .map((i: any) => ({
          id: i.id,
          url: i.url,
        })),
      options: product.options ?? [],
      // The order the product defines, cheapest first where it defines none: the
      // store must offer the same default pack on every visit.
      variants: [...(product.variants ?? [])]
        .sort(
          (a: any, b: any) =>
            (a.variant_rank ?? 0) - (b.variant_rank ?? 0) ||
            (a.calculated_price?.calculated_amount ?? 0) -
              (b.calculated_price?.calculated_amount ?? 0) ||
            String(a.title).localeCompare(String(b.title), "vi")
        )
        .map((v: any) => ({
          id: v.id,
          title: v.title,
          sku: v.sku,
          weight_g: v.weight,
          options: (v.options ?? []).map((o: any) => ({
            option: o.option?.title,
            value: o.value,
          })),
          price_vnd: v.calculated_price?.calculated_amount ?? null,
          in_stock: inStock(v),
        })),
      // Submissions under review or rejected are not part of the public record.
      certification_history: (product.certifications ?? [])
        .filter((c: any) => c && isPublicStatus(c.status))
        .map(certificationHistoryEntry)
        .sort((a: any, b: any) =>
          String(b.valid_from ?? b.recognized_year).localeCompare(
            String(a.valid_from ?? a.recognized_year)
          )
        ),
    },
  })
}
