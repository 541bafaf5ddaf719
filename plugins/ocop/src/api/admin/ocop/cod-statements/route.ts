import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  PARCEL_TRACKING_MODULE,
  type ParcelTrackingModuleService,
} from "../../../../modules/parcel-tracking"
import { importCodStatementWorkflow } from "../../../../workflows/parcel-tracking/import-cod-statement"
import type { AdminImportCodStatementType } from "./validators"

/**
 * Imports a carrier's COD statement and answers each line's outcome, so the office
 * sees what is short, unknown or paid twice. One import per carrier at a time, and a
 * statement reference once: importing the same file again is refused (422).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminImportCodStatementType>,
  res: MedusaResponse
) => {
  const input = req.validatedBody
  const tracking = req.scope.resolve<ParcelTrackingModuleService>(
    PARCEL_TRACKING_MODULE
  )
  const locking = req.scope.resolve(Modules.LOCKING)
  const remittances = await locking.execute(
    `ocop-cod-statement:${input.carrier}`,
    async () => {
      const [already] = await tracking.listCodRemittances(
        { carrier: input.carrier, statement_ref: input.statement_ref },
        { select: ["id"] }
      )
      if (already)
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `statement_ref: ${input.carrier.toUpperCase()} statement ${input.statement_ref} was already imported`
        )
      const { result } = await importCodStatementWorkflow(req.scope).run({
        input,
      })
      return result
    }
  )
  const summary = { exact: 0, short: 0, over: 0, unknown: 0, duplicate: 0 }
  for (const r of remittances) summary[r.outcome] += 1
  res.json({ remittances, summary })
}
