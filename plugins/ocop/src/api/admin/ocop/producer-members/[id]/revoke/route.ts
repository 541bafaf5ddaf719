import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { revokeProducerMemberWorkflow } from "../../../../../../workflows/producer/revoke-producer-member"
import type { AdminRevokeProducerMemberType } from "../../validators"

/** Withdraws an invitation; its link stops working at once. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRevokeProducerMemberType>,
  res: MedusaResponse
) => {
  const { result } = await revokeProducerMemberWorkflow(req.scope).run({
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
