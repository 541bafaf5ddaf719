import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deactivateProducerMemberWorkflow } from "../../../../../../workflows/producer/deactivate-producer-member"
import type { AdminDeactivateProducerMemberType } from "../../validators"

/** Takes the portal away from an active member; their signed-in sessions stop at once. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminDeactivateProducerMemberType>,
  res: MedusaResponse
) => {
  const { result } = await deactivateProducerMemberWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason ?? null },
  })
  res.json({
    member: {
      id: result.id,
      email: result.email,
      name: result.name,
      status: result.status,
      status_reason: result.status_reason,
    },
  })
}
