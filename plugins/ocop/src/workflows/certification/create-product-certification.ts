import { Modules } from "@medusajs/framework/utils"
import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import { createCertificationsStep } from "./steps/create-certifications"
import type { CertificationInput } from "../common/types"

type ProductCertificationInput = { product_id: string }

/**
 * The tail that attach and submit share: create the certification, link it to the
 * product, emit the event. A composition helper rather than a sub-workflow, so the
 * public workflows keep their step ids and their single transaction of steps.
 * Call it only inside a `createWorkflow` constructor.
 */
export function createProductCertification<I extends ProductCertificationInput>(
  input: WorkflowData<I>,
  certification: WorkflowData<CertificationInput>,
  event: {
    name: string
    /** Extra fields of the event beside the certification and product ids. */
    data?: (input: I) => Record<string, unknown>
  }
) {
  const certifications = createCertificationsStep(
    transform({ certification }, ({ certification }) => [certification])
  )
  createRemoteLinkStep(
    transform({ input, certifications }, ({ input, certifications }) =>
      certifications.map((c) => ({
        [Modules.PRODUCT]: { product_id: (input as I).product_id },
        [CERTIFICATION_MODULE]: { certification_id: c.id },
      }))
    )
  )
  emitEventStep({
    eventName: event.name,
    data: transform({ input, certifications }, ({ input, certifications }) => ({
      id: certifications[0].id,
      product_id: (input as I).product_id,
      ...event.data?.(input as I),
    })),
  })
  return transform({ certifications }, ({ certifications }) => certifications[0])
}
