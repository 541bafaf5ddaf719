import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { isCurrentStatus } from "../../../modules/certification/rules/review"

export const supersedeCurrentCertificationsStepId =
  "ocop-supersede-current-certifications"
/**
 * Marks the products' current certifications as superseded, so a newly attached one
 * is the only current one; compensation restores their previous statuses.
 */
export const supersedeCurrentCertificationsStep = createStep(
  supersedeCurrentCertificationsStepId,
  async (productIds: string[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "certifications.id", "certifications.status"],
      filters: { id: productIds },
    })
    const current = products
      .flatMap((p: any) => p.certifications ?? [])
      .filter((c: any) => c && isCurrentStatus(c.status))
      .map((c: any) => ({ id: c.id as string, status: c.status }))
    if (!current.length) return new StepResponse([], [])
    const ocop = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    await ocop.updateCertifications(
      current.map((c) => ({ id: c.id, status: "superseded" as const }))
    )
    return new StepResponse(current, current)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container
      .resolve<CertificationModuleService>(CERTIFICATION_MODULE)
      .updateCertifications(previous as any)
  }
)
