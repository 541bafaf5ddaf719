import { revokeProducerMemberWorkflow } from "../../../../../../workflows/producer/revoke-producer-member"
import { memberStatusRoute } from "../../member-status-route"

/** Withdraws an invitation; its link stops working at once. */
export const POST = memberStatusRoute(revokeProducerMemberWorkflow)
