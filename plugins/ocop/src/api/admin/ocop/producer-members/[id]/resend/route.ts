import { resendProducerInvitationWorkflow } from "../../../../../../workflows/producer/resend-producer-invitation"
import { memberStatusRoute } from "../../member-status-route"

/** E-mails a fresh invitation link (new token, new expiry); the old link stops working. */
export const POST = memberStatusRoute(resendProducerInvitationWorkflow)
