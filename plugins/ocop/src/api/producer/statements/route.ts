import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { monthPeriod } from "../../../modules/settlement/rules/settlement-period"
import {
  STATEMENT_FIELDS,
  statementView,
} from "../../shared/settlement-statements"
import { currentProducerId } from "../helpers"
import type { ProducerGetStatementsParamsType } from "./validators"

/** The signed-in producer's own statements, newest month first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ProducerGetStatementsParamsType>,
  res: MedusaResponse
) => {
  const producerId = await currentProducerId(req)
  const { since, limit, offset } = req.validatedQuery
  const { data, metadata } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({
      entity: "settlement_statement",
      fields: STATEMENT_FIELDS,
      filters: {
        producer_id: producerId,
        ...(since ? { period_start: { $gte: monthPeriod(since).start } } : {}),
      },
      pagination: { take: limit, skip: offset, order: { period_start: "DESC" } },
    })
  res.json({
    statements: data.map((s: any) => statementView(s)),
    count: metadata?.count ?? data.length,
    offset,
    limit,
  })
}
