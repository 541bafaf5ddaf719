import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import type { StatementAmounts } from "../../../modules/settlement/rules/settlement-amounts"

export type ReplaceSettlementStatementsInput = {
  // Dates cross workflow steps serialized: ISO strings arrive.
  start: Date | string
  end: Date | string
  producer_id?: string | null
  statements: StatementAmounts[]
}

type Undo = { created_ids: string[]; removed: any[] }

/**
 * Replaces the period's draft statements in scope with freshly computed ones (paid
 * ones were refused before). Compensation deletes the new ones and puts the old
 * drafts back with their lines.
 */
export const replaceSettlementStatementsStep = createStep(
  "ocop-replace-settlement-statements",
  async (input: ReplaceSettlementStatementsInput, { container }) => {
    const settlement =
      container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    const start = new Date(input.start)
    const end = new Date(input.end)
    const removed = await settlement.listSettlementStatements(
      {
        period_start: start,
        status: "draft",
        ...(input.producer_id ? { producer_id: input.producer_id } : {}),
      },
      { relations: ["lines"] }
    )
    if (removed.length) {
      await settlement.deleteSettlementStatements(removed.map((s) => s.id))
    }
    const computed_at = new Date()
    const created = input.statements.length
      ? await settlement.createSettlementStatements(
          input.statements.map(({ lines, ...s }) => ({
            ...s,
            period_start: start,
            period_end: end,
            status: "draft" as const,
            computed_at,
          }))
        )
      : []
    const lines = input.statements.flatMap((s, i) =>
      s.lines.map((line) => ({ ...line, statement_id: created[i].id }))
    )
    if (lines.length) await settlement.createSettlementStatementLines(lines)
    return new StepResponse(created, {
      created_ids: created.map((s) => s.id),
      removed,
    } satisfies Undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const settlement =
      container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    if (undo.created_ids.length)
      await settlement.deleteSettlementStatements(undo.created_ids)
    if (undo.removed.length) {
      await settlement.createSettlementStatements(
        undo.removed.map(
          ({ lines, created_at, updated_at, deleted_at, ...s }) => s
        )
      )
      await settlement.createSettlementStatementLines(
        undo.removed.flatMap((s) =>
          (s.lines ?? []).map(
            ({ statement, created_at, updated_at, deleted_at, ...l }: any) => ({
              ...l,
              statement_id: s.id,
            })
          )
        )
      )
    }
  }
)
