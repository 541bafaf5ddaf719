import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { computeStatements } from "../../modules/settlement/rules/settlement-amounts"
import { monthPeriod } from "../../modules/settlement/rules/settlement-period"
import { collectSettlementSalesStep } from "./steps/collect-settlement-sales"
import { loadSettlementPeriodStep } from "./steps/load-settlement-period"
import { replaceSettlementStatementsStep } from "./steps/replace-settlement-statements"

export type GenerateSettlementStatementsInput = {
  /** "YYYY-MM", a month in Vietnam's time. */
  period: string
  /** Only this producer's statement; all producers with activity otherwise. */
  producer_id?: string | null
}

export const generateSettlementStatementsWorkflowId =
  "ocop-generate-settlement-statements"
/**
 * Computes the month's statements per producer (docs/settlement.md) and replaces the
 * drafts; refuses (409) when a statement in scope is already paid.
 */
export const generateSettlementStatementsWorkflow = createWorkflow(
  generateSettlementStatementsWorkflowId,
  (input: WorkflowData<GenerateSettlementStatementsInput>) => {
    const bounds = transform({ input }, ({ input }) => ({
      ...monthPeriod(input.period),
      producer_id: input.producer_id ?? null,
    }))
    const state = loadSettlementPeriodStep(bounds)
    const collected = collectSettlementSalesStep(bounds)
    const statements = transform(
      { collected, state, bounds },
      ({ collected, state, bounds }) =>
        computeStatements({
          sales: collected.sales,
          refunds: collected.refunds,
          rateBp: state.rate_bp,
          fees: state.fees,
        }).filter(
          (s) => !bounds.producer_id || s.producer_id === bounds.producer_id
        )
    )
    const created = replaceSettlementStatementsStep(
      transform({ bounds, statements }, ({ bounds, statements }) => ({
        start: bounds.start,
        end: bounds.end,
        producer_id: bounds.producer_id,
        statements,
      }))
    )
    return new WorkflowResponse(created)
  }
)
