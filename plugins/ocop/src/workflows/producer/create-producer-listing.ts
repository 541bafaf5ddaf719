import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createProductsWorkflow,
  createRemoteLinkStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { resolveListingDefaultsStep } from "./steps/resolve-listing-defaults"

/** What a producer fills in for a listing; prices are integer đồng. */
export type ProducerListingInput = {
  title: string
  description?: string | null
  category_set: string
  images?: string[]
  weight?: number | null
  variants: {
    title: string
    sku?: string | null
    price_vnd: number
    weight?: number | null
  }[]
}

export type CreateProducerListingInput = {
  producer_id: string
  listing: ProducerListingInput
}

const OPTION = "Quy cách"

export const createProducerListingWorkflowId = "ocop-create-producer-listing"
/**
 * A producer's new listing: a draft product in the store's sales channel and its
 * criteria set's category, linked to the producer. It is published when the office
 * approves its certificate.
 */
export const createProducerListingWorkflow = createWorkflow(
  createProducerListingWorkflowId,
  (input: WorkflowData<CreateProducerListingInput>) => {
    const defaults = resolveListingDefaultsStep(
      transform({ input }, ({ input }) => ({
        category_set: input.listing.category_set,
        title: input.listing.title,
        producer_id: input.producer_id,
      }))
    )
    const products = createProductsWorkflow.runAsStep({
      input: transform({ input, defaults }, ({ input, defaults }) => {
        const { listing } = input
        return {
          products: [
            {
              title: listing.title,
              handle: defaults.handle,
              description: listing.description ?? undefined,
              status: ProductStatus.DRAFT,
              thumbnail: listing.images?.[0],
              images: (listing.images ?? []).map((url) => ({ url })),
              weight:
                listing.weight ?? listing.variants[0]?.weight ?? undefined,
              category_ids: defaults.category_id ? [defaults.category_id] : [],
              shipping_profile_id: defaults.shipping_profile_id ?? undefined,
              sales_channels: defaults.sales_channel_id
                ? [{ id: defaults.sales_channel_id }]
                : [],
              options: [
                { title: OPTION, values: listing.variants.map((v) => v.title) },
              ],
              variants: listing.variants.map((v) => ({
                title: v.title,
                sku: v.sku ?? undefined,
                weight: v.weight ?? undefined,
                manage_inventory: true,
                options: { [OPTION]: v.title },
                prices: [{ currency_code: "vnd", amount: v.price_vnd }],
              })),
              metadata: { ocop_category_set: listing.category_set },
            },
          ],
        }
      }),
    })
    createRemoteLinkStep(
      transform({ input, products }, ({ input, products }) => [
        {
          [Modules.PRODUCT]: { product_id: products[0].id },
          [PRODUCER_MODULE]: { producer_id: input.producer_id },
        },
      ])
    )
    emitEventStep({
      eventName: "ocop.listing.created",
      data: transform({ input, products }, ({ input, products }) => ({
        id: products[0].id,
        producer_id: input.producer_id,
      })),
    })
    return new WorkflowResponse(
      transform({ products }, ({ products }) => products[0])
    )
  }
)
