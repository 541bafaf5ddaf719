import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { importCodStatement } from "./import-cod-statement"
import type { AdminImportCodStatementType } from "./validators"

/**
 * Imports a carrier's COD statement as JSON rows and answers each line's outcome, so
 * the office sees what is short, unknown or paid twice (the CSV upload is ./csv).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminImportCodStatementType>,
  res: MedusaResponse
) => {
  res.json(await importCodStatement(req.scope, req.validatedBody))
}
