import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"

export const deleteCertificationsStepId = "ocop-delete-certifications"
/** Soft-deletes certifications; compensation restores them. */
export const deleteCertificationsStep = createStep(
  deleteCertificationsStepId,
  async (ids: string[], { container }) => {
    await container
      .resolve<CertificationModuleService>(CERTIFICATION_MODULE)
      .softDeleteCertifications(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<CertificationModuleService>(CERTIFICATION_MODULE)
      .restoreCertifications(ids)
  }
)
