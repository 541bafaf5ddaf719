import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

/**
 * The producer the signed-in member acts for. The token's actor is a member; one
 * that is no longer active (or has no producer) may not use the portal: 403.
 */
export async function currentProducerId(
  req: AuthenticatedMedusaRequest<any, any>
): Promise<string> {
  const ocop = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [member] = await ocop.listProducerMembers(
    { id: req.auth_context.actor_id },
    { select: ["id", "status", "producer_id"] }
  )
  if (!member || member.status !== "active" || !member.producer_id) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "This producer account is not active"
    )
  }
  return member.producer_id
}
