import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producerPremisesStock } from "../../../queries/producer-premises-stock"
import { producerStock } from "../../../queries/producer-stock"
import { recordProducerStockWorkflow } from "../../../workflows/producer/record-producer-stock"
import { PRODUCER_MODULE, type ProducerModuleService } from "../../../modules/producer"
import { respondOnce } from "../../sales-point/idempotency"
import { currentProducerId } from "../helpers"
import type { ProducerRecordStockType } from "./validators"

const LEDGER_LINES = 50

/**
 * The producer's stock per variant and location, what its own premises hold per pack
 * (the declaration form) and the latest lines of its ledger.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const ocop = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [stock, premises, movements] = await Promise.all([
    producerStock(knex, producerId),
    producerPremisesStock(knex, producerId),
    ocop.listProducerStockMovements(
      { producer_id: producerId },
      { order: { created_at: "DESC" }, take: LEDGER_LINES }
    ),
  ])
  res.json({ stock, premises, movements })
}

/**
 * Declares or corrects what the producer can ship of one pack from its premises.
 * A form sent twice (same Idempotency-Key) is recorded once.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerRecordStockType>,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  const ocop = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const memberId = req.auth_context.actor_id
  const [member] = await ocop.listProducerMembers(
    { id: memberId },
    { select: ["id", "email"] }
  )
  await respondOnce(req, res, memberId, async () => {
    const { result } = await recordProducerStockWorkflow(req.scope).run({
      input: {
        ...req.validatedBody,
        producer_id: producerId,
        member: { id: memberId, email: member?.email ?? null },
      },
    })
    return { movement: result }
  })
}
