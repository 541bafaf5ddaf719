import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateProducerProductsInput = {
  producer_id: string
  product_ids: string[]
  // Variants named in the same request must be variants of those products.
  variant_ids?: string[]
}

export const validateProducerProductsStepId = "ocop-validate-producer-products"
/**
 * Checks that every product belongs to the producer. Another producer's product is
 * reported exactly like a missing one (404), so ids reveal nothing.
 */
export const validateProducerProductsStep = createStep(
  validateProducerProductsStepId,
  async (input: ValidateProducerProductsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "producer.id", "variants.id"],
      filters: { id: input.product_ids },
    })
    for (const id of input.product_ids) {
      const product = products.find((p: any) => p.id === id)
      if (!product || product.producer?.id !== input.producer_id) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Product with id "${id}" was not found`
        )
      }
    }
    const variantIds = new Set(
      products.flatMap((p: any) => (p.variants ?? []).map((v: any) => v.id))
    )
    for (const id of input.variant_ids ?? []) {
      if (!variantIds.has(id)) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `variant_id: variant "${id}" was not found on this product`
        )
      }
    }
    return new StepResponse(undefined)
  }
)
