import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createProductsWorkflow,
  createRemoteLinkStep,
} from "@medusajs/medusa/core-flows"
import { EXPERIENCE_MODULE } from "../../modules/experience"
import {
  type AttachCertificationInput,
  attachCertificationWorkflow,
} from "../certification/attach-certification"
import { setProductProducerWorkflow } from "../producer/set-product-producer"
import { EXPERIENCE_DATE_OPTION } from "./steps/experience-dates-of"
import {
  type CreateExperienceInput,
  createExperiencesStep,
} from "./steps/create-experiences"

export type CreateExperienceWorkflowInput = {
  // Without variants: the date variants come from extendExperienceDatesWorkflow.
  product: Omit<CreateProductWorkflowInputDTO, "options" | "variants">
  experience: CreateExperienceInput
  // A sector 6 (set 26) certificate, when the experience has one.
  certification: AttachCertificationInput["certification"] | null
  // The host.
  producer_id: string | null
  // A first offered date, the "Ngày" option's first value.
  first_date: string
}

export const createExperienceWorkflowId = "ocop-create-experience"
/**
 * Lists an experience: a product with the "Ngày" option, its OCOP details linked to
 * it, its certificate and its host when given. Any failure removes what was made.
 */
export const createExperienceWorkflow = createWorkflow(
  createExperienceWorkflowId,
  (input: WorkflowData<CreateExperienceWorkflowInput>) => {
    const products = createProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        products: [
          {
            ...input.product,
            options: [
              { title: EXPERIENCE_DATE_OPTION, values: [input.first_date] },
            ],
          },
        ],
      })),
    })
    const experiences = createExperiencesStep(
      transform({ input }, ({ input }) => [input.experience])
    )
    createRemoteLinkStep(
      transform({ products, experiences }, ({ products, experiences }) => [
        {
          [Modules.PRODUCT]: { product_id: products[0].id },
          [EXPERIENCE_MODULE]: { experience_id: experiences[0].id },
        },
      ])
    )
    when(
      "ocop-experience-certification",
      { input },
      ({ input }) => !!input.certification
    ).then(() => {
      attachCertificationWorkflow.runAsStep({
        input: transform({ input, products }, ({ input, products }) => ({
          product_id: products[0].id,
          certification: input.certification!,
        })),
      })
    })
    when(
      "ocop-experience-host",
      { input },
      ({ input }) => !!input.producer_id
    ).then(() => {
      setProductProducerWorkflow.runAsStep({
        input: transform({ input, products }, ({ input, products }) => ({
          product_id: products[0].id,
          producer_id: input.producer_id,
        })),
      })
    })
    return new WorkflowResponse(
      transform({ products, experiences }, ({ products, experiences }) => ({
        product_id: products[0].id,
        experience_id: experiences[0].id,
      }))
    )
  }
)
