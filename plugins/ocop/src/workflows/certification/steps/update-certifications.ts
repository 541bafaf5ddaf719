import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import type { CertificationInput } from "../../common/types"

export type UpdateCertificationsStepInput = ({
  id: string
} & Partial<CertificationInput>)[]

export const updateCertificationsStepId = "ocop-update-certifications"
/** Updates certifications; compensation writes back the previous values of the changed fields. */
export const updateCertificationsStep = createStep(
  updateCertificationsStepId,
  async (input: UpdateCertificationsStepInput, { container }) => {
    const ocop = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const fields = [...new Set(input.flatMap((u) => Object.keys(u)))]
    const previous = await ocop.listCertifications(
      { id: input.map((u) => u.id) },
      { select: fields as any }
    )
    const updated = await ocop.updateCertifications(input as any[])
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container
      .resolve<CertificationModuleService>(CERTIFICATION_MODULE)
      .updateCertifications(previous as any[])
  }
)
