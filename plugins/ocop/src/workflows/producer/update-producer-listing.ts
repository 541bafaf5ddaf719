import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { validateProducerProductsStep } from "../common/validate-producer-products"
import { resolveListingHandlesStep } from "./steps/resolve-listing-handles"

export type UpdateProducerListingInput = {
  producer_id: string
  product_id: string
  update: {
    title?: string
    description?: string | null
    images?: string[]
    weight?: number | null
  }
  prices?: { variant_id: string; price_vnd: number }[]
}

export const updateProducerListingWorkflowId = "ocop-update-producer-listing"
/**
 * A producer edits its own listing's text, pictures, weight or prices. None of these
 * touch the certificate, so a published listing stays published; certificate data
 * changes only through a new submission the office reviews. A listing still under a
 * non-ASCII handle moves to an ASCII one; the old handle keeps resolving in the store.
 */
export const updateProducerListingWorkflow = createWorkflow(
  updateProducerListingWorkflowId,
  (input: WorkflowData<UpdateProducerListingInput>) => {
    validateProducerProductsStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.producer_id,
        product_ids: [input.product_id],
        variant_ids: (input.prices ?? []).map((p) => p.variant_id),
      }))
    )
    const moves = resolveListingHandlesStep(
      transform({ input }, ({ input }) => ({
        product_ids: [input.product_id],
        titles: input.update.title
          ? { [input.product_id]: input.update.title }
          : undefined,
      }))
    )
    updateProductsWorkflow.runAsStep({
      input: transform({ input, moves }, ({ input, moves }) => {
        const { images, ...rest } = input.update
        const move = moves[0]
        return {
          selector: { id: input.product_id },
          update: {
            ...rest,
            ...(move ? { handle: move.handle, metadata: move.metadata } : {}),
            description: rest.description ?? undefined,
            weight: rest.weight ?? undefined,
            ...(images
              ? {
                  images: images.map((url) => ({ url })),
                  thumbnail: images[0] ?? null,
                }
              : {}),
          },
        }
      }),
    })
    when({ input }, ({ input }) => !!input.prices?.length).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          product_variants: input.prices!.map((p) => ({
            id: p.variant_id,
            prices: [{ currency_code: "vnd", amount: p.price_vnd }],
          })),
        })),
      })
    })
    emitEventStep({
      eventName: "ocop.listing.updated",
      data: transform({ input }, ({ input }) => ({ id: input.product_id })),
    })
    return new WorkflowResponse(
      transform({ input }, ({ input }) => ({ id: input.product_id }))
    )
  }
)
