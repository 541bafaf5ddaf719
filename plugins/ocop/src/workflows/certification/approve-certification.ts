import { ProductStatus } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  updateProductsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { effectiveStatus } from "../../modules/certification/rules/validity"
import { supersedeCurrentCertificationsStep } from "./steps/supersede-current-certifications"
import { updateCertificationsStep } from "./steps/update-certifications"
import { validateCertificationsStep } from "./steps/validate-certifications"
import { validateReviewStep } from "./steps/validate-review"

export type ApproveCertificationInput = { id: string }

export const approveCertificationWorkflowId = "ocop-approve-certification"
/**
 * The office approves a producer's submitted certificate: it becomes the product's
 * current certification (the previous one is superseded) and the product is published.
 */
export const approveCertificationWorkflow = createWorkflow(
  approveCertificationWorkflowId,
  (input: WorkflowData<ApproveCertificationInput>) => {
    const { data: found } = useQueryGraphStep({
      entity: "certification",
      fields: ["*", "product.id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    validateReviewStep(
      transform({ found }, ({ found }) => ({
        decision: "approve" as const,
        certifications: found as any[],
      }))
    )
    // The rules are checked again: the framework or the date may have moved on since submission.
    validateCertificationsStep(
      transform({ found }, ({ found }) => [
        { ...(found[0] as any), product_id: found[0].product?.id },
      ])
    )
    const productId = transform({ found }, ({ found }) => found[0].product!.id)
    supersedeCurrentCertificationsStep(
      transform({ productId }, ({ productId }) => [productId])
    )
    const updated = updateCertificationsStep(
      transform({ found }, ({ found }) => [
        {
          id: found[0].id,
          status: effectiveStatus(
            { ...(found[0] as any), status: "active" },
            new Date()
          ),
          status_reason: null,
        },
      ])
    )
    updateProductsWorkflow.runAsStep({
      input: transform({ productId }, ({ productId }) => ({
        selector: { id: productId },
        update: { status: ProductStatus.PUBLISHED },
      })),
    })
    emitEventStep({
      eventName: "ocop.certification.approved",
      data: transform({ found, productId }, ({ found, productId }) => ({
        id: found[0].id,
        product_id: productId,
      })),
    })
    return new WorkflowResponse(
      transform({ updated }, ({ updated }) => updated[0])
    )
  }
)
