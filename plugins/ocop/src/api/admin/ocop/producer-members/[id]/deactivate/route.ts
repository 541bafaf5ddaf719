import { deactivateProducerMemberWorkflow } from "../../../../../../workflows/producer/deactivate-producer-member"
import { memberStatusRoute } from "../../member-status-route"

/** Takes the portal away from an active member; their signed-in sessions stop at once. */
export const POST = memberStatusRoute(deactivateProducerMemberWorkflow)
