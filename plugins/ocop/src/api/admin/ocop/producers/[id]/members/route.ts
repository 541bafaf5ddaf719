import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { inviteProducerMembersWorkflow } from "../../../../../../workflows/producer/invite-producer-members"
import type { AdminInviteProducerMemberType } from "../../../producer-members/validators"

/** Invites a person to the producer portal for this producer; they register with that email. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminInviteProducerMemberType>,
  res: MedusaResponse
) => {
  const { result } = await inviteProducerMembersWorkflow(req.scope).run({
    input: { producer_id: req.params.id, members: [req.validatedBody] },
  })
  res.status(201).json({ member: result[0] })
}
