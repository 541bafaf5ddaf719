import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { effectiveStatus } from "../../../modules/certification/rules/validity"

export const findLapsedCertificationsStepId = "ocop-find-lapsed-certifications"
/** Lists active certifications whose validity has run out by the given day. */
export const findLapsedCertificationsStep = createStep(
  findLapsedCertificationsStepId,
  async (input: { today: string }, { container }) => {
    const ocop = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const active = await ocop.listCertifications(
      { status: "active" },
      { select: ["id", "status", "valid_until", "recognized_year"] }
    )
    const today = new Date(input.today)
    const lapsed = active
      .filter((c) => effectiveStatus(c as any, today) === "expired")
      .map((c) => c.id)
    return new StepResponse(lapsed)
  }
)
