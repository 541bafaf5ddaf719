import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { submittedCertificateViolations } from "../../../modules/certification/rules/review"
import type { CertificationInput } from "../../common/types"

export const validateSubmittedCertificatesStepId =
  "ocop-validate-submitted-certificates"
/** Checks what a producer's claim must satisfy beyond the office's rules: a past decision, at most 36 months. */
export const validateSubmittedCertificatesStep = createStep(
  validateSubmittedCertificatesStepId,
  async (input: { certifications: CertificationInput[]; today: string }) => {
    const problems = input.certifications.flatMap((c) =>
      submittedCertificateViolations(c, new Date(input.today)).map(
        (v) => v.message
      )
    )
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
    }
    return new StepResponse(undefined)
  }
)
