import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  attachCertificationWorkflow,
  setProductProducerWorkflow,
} from "@ocop-market/medusa-plugin-ocop/workflows"

export type SeedOcopProductInput = {
  product: CreateProductWorkflowInputDTO
  certification: Record<string, unknown> & {
    stars: number
    origin_province_code: string
  }
  producer_id: string | null
}

/**
 * One seeded listing as a unit: the product, its certification and its producer.
 * If the certification breaks a rule, the product is removed again, so a re-run of
 * the seed never finds a half-made listing.
 */
export const seedOcopProductWorkflow = createWorkflow(
  "ocop-seed-product",
  (input: WorkflowData<SeedOcopProductInput>) => {
    const products = createProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        products: [input.product],
      })),
    })
    attachCertificationWorkflow.runAsStep({
      input: transform({ input, products }, ({ input, products }) => ({
        product_id: products[0].id,
        certification: input.certification as any,
      })),
    })
    when({ input }, ({ input }) => !!input.producer_id).then(() => {
      setProductProducerWorkflow.runAsStep({
        input: transform({ input, products }, ({ input, products }) => ({
          product_id: products[0].id,
          producer_id: input.producer_id,
        })),
      })
    })
    return new WorkflowResponse(
      transform({ products }, ({ products }) => products[0])
    )
  }
)
