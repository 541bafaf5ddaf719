import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import { EXPIRY_NOTICES_METADATA_KEY } from "../../../modules/certification/rules/expiry-notices"
import type CertificationModuleService from "../../../modules/certification/service"
import type { ExpiryNotice } from "./find-due-expiry-notices"

type Previous = { id: string; sent: unknown }

export const recordExpiryNoticesStepId = "ocop-record-expiry-notices"
/**
 * Records each notice's threshold and day in its certification's metadata;
 * compensation writes the previous record back (or removes it: Medusa merges
 * metadata shallowly and drops a key set to "").
 */
export const recordExpiryNoticesStep = createStep(
  recordExpiryNoticesStepId,
  async (input: { notices: ExpiryNotice[]; today: string }, { container }) => {
    const previous: Previous[] = input.notices.map((n) => ({
      id: n.certification_id,
      sent: n.metadata?.[EXPIRY_NOTICES_METADATA_KEY],
    }))
    if (!input.notices.length) return new StepResponse([], previous)
    const ocop = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const updated = await ocop.updateCertifications(
      input.notices.map((n) => ({
        id: n.certification_id,
        metadata: {
          [EXPIRY_NOTICES_METADATA_KEY]: {
            ...((n.metadata?.[EXPIRY_NOTICES_METADATA_KEY] as object) ?? {}),
            [n.threshold]: input.today,
          },
        },
      })) as any[]
    )
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container
      .resolve<CertificationModuleService>(CERTIFICATION_MODULE)
      .updateCertifications(
        previous.map((p) => ({
          id: p.id,
          metadata: { [EXPIRY_NOTICES_METADATA_KEY]: p.sent ?? "" },
        })) as any[]
      )
  }
)
