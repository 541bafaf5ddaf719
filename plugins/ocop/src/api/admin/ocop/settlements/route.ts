import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { monthPeriod } from "../../../../modules/settlement/rules/settlement-period"
import { statementView } from "../../../shared/settlement-statements"
import type { AdminGetSettlementsParamsType } from "./validators"

/** The statements of a period, producer or status, newest period first, with totals. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSettlementsParamsType>,
  res: MedusaResponse
) => {
  const { period, producer_id, status } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (period) filters.period_start = monthPeriod(period).start
  if (producer_id) filters.producer_id = producer_id
  if (status) filters.status = status
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "settlement_statement",
    fields: req.queryConfig.fields,
    filters,
    pagination: {
      ...req.queryConfig.pagination,
      order: req.queryConfig.pagination?.order ?? {
        period_start: "DESC",
        created_at: "ASC",
      },
    },
  })
  const statements = data.map((s: any) => statementView(s))
  // Totals of the whole selection, not just this page.
  const { data: all } = await query.graph({
    entity: "settlement_statement",
    fields: ["gross_online", "gross_counter", "refunds", "commission", "fees", "net_payable", "status"],
    filters,
  })
  const sum = (key: string) =>
    all.reduce((a: number, s: any) => a + Number(s[key] ?? 0), 0)
  res.json({
    statements,
    totals: {
      gross_online: sum("gross_online"),
      gross_counter: sum("gross_counter"),
      refunds: sum("refunds"),
      commission: sum("commission"),
      fees: sum("fees"),
      net_payable: sum("net_payable"),
      unpaid: all
        .filter((s: any) => s.status !== "paid")
        .reduce((a: number, s: any) => a + Number(s.net_payable ?? 0), 0),
    },
    count: metadata?.count ?? statements.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? statements.length,
  })
}
