import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export const deleteCertificationsStepId = "ocop-delete-certifications"
/** Soft-deletes certifications; compensation restores them. */
export const deleteCertificationsStep = createStep(
  deleteCertificationsStepId,
  async (ids: string[], { container }) => {
    await container
      .resolve<OcopModuleService>(OCOP_MODULE)
      .softDeleteCertifications(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<OcopModuleService>(OCOP_MODULE)
      .restoreCertifications(ids)
  }
)
