import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { CertificationInput } from "../../common/types"

export const createCertificationsStepId = "ocop-create-certifications"
/** Creates certifications; compensation deletes them. */
export const createCertificationsStep = createStep(
  createCertificationsStepId,
  async (input: CertificationInput[], { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const created = await ocop.createCertifications(input as any[])
    return new StepResponse(
      created,
      created.map((c) => c.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container
      .resolve<OcopModuleService>(OCOP_MODULE)
      .deleteCertifications(createdIds)
  }
)
