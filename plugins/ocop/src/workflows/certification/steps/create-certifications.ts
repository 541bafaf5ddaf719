import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import type { CertificationInput } from "../../common/types"

export const createCertificationsStepId = "ocop-create-certifications"
/** Creates certifications; compensation deletes them. */
export const createCertificationsStep = createStep(
  createCertificationsStepId,
  async (input: CertificationInput[], { container }) => {
    const ocop = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const created = await ocop.createCertifications(input as any[])
    return new StepResponse(
      created,
      created.map((c) => c.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container
      .resolve<CertificationModuleService>(CERTIFICATION_MODULE)
      .deleteCertifications(createdIds)
  }
)
