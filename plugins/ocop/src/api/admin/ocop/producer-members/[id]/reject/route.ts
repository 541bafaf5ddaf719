import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { rejectProducerMemberWorkflow } from "../../../../../../workflows/producer/reject-producer-member"
import type { AdminRejectProducerMemberType } from "../../validators"

/** Turns down an account request with a reason. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectProducerMemberType>,
  res: MedusaResponse
) => {
  const { result } = await rejectProducerMemberWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason },
  })
  res.json({ member: result })
}
