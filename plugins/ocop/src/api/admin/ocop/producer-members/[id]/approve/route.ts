import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { approveProducerMemberWorkflow } from "../../../../../../workflows/producer/approve-producer-member"
import type { AdminApproveProducerMemberType } from "../../validators"

/** Approves an account request: the member may sign in to the portal for the named producer. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminApproveProducerMemberType>,
  res: MedusaResponse
) => {
  const { result } = await approveProducerMemberWorkflow(req.scope).run({
    input: { id: req.params.id, producer_id: req.validatedBody.producer_id },
  })
  res.json({ member: result })
}
