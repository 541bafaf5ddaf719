import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { importCodStatement } from "../import-cod-statement"
import { parseStatementCsv } from "../statement-csv"
import { AdminImportCodStatement } from "../validators"
import type { AdminImportCodStatementCsvType } from "./validators"

/**
 * A carrier's COD statement uploaded as its CSV export: parsed here (a bad file is a
 * 400 naming its line and column, and nothing is kept), then imported like the JSON
 * rows of POST /admin/ocop/cod-statements. Each outcome carries the file's line.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminImportCodStatementCsvType>,
  res: MedusaResponse
) => {
  const { carrier, statement_ref, csv } = req.validatedBody
  const parsed = parseStatementCsv(csv)
  if (!parsed.ok)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.message)
  // The same checks as the JSON rows (code length, whole đồng, at most 5,000 lines).
  const input = AdminImportCodStatement.safeParse({
    carrier,
    statement_ref,
    lines: parsed.lines.map(({ tracking_code, amount }) => ({
      tracking_code,
      amount,
    })),
  })
  if (!input.success)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `csv: ${input.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`
    )
  const { remittances, summary } = await importCodStatement(
    req.scope,
    input.data
  )
  res.json({
    remittances: remittances.map((r, i) => ({
      ...r,
      line: parsed.lines[i]!.line,
    })),
    summary,
  })
}
