import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { resendProducerInvitationWorkflow } from "../../../../../../workflows/producer/resend-producer-invitation"

/** E-mails a fresh invitation link (new token, new expiry); the old link stops working. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await resendProducerInvitationWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json({ member: result })
}
