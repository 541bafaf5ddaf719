import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  PARCEL_TRACKING_MODULE,
  type ParcelTrackingModuleService,
} from "../../../../modules/parcel-tracking"
import { importCodStatementWorkflow } from "../../../../workflows/parcel-tracking/import-cod-statement"
import type { AdminImportCodStatementType } from "./validators"

/**
 * Imports a carrier's COD statement, JSON rows or an uploaded CSV alike: one import per
 * carrier at a time, and a statement reference once (the same file again is a 422).
 * Answers each line's outcome and the count per outcome.
 */
export async function importCodStatement(
  scope: MedusaContainer,
  input: AdminImportCodStatementType
) {
  const tracking = scope.resolve<ParcelTrackingModuleService>(
    PARCEL_TRACKING_MODULE
  )
  const remittances = await scope
    .resolve(Modules.LOCKING)
    .execute(`ocop-cod-statement:${input.carrier}`, async () => {
      const [already] = await tracking.listCodRemittances(
        { carrier: input.carrier, statement_ref: input.statement_ref },
        { select: ["id"] }
      )
      if (already)
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `statement_ref: ${input.carrier.toUpperCase()} statement ${input.statement_ref} was already imported`
        )
      const { result } = await importCodStatementWorkflow(scope).run({
        input,
      })
      return result
    })
  const summary = { exact: 0, short: 0, over: 0, unknown: 0, duplicate: 0 }
  for (const r of remittances) summary[r.outcome] += 1
  return { remittances, summary }
}
