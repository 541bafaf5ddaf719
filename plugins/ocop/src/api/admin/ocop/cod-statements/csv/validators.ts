import { z } from "@medusajs/framework/zod"

/** Characters of CSV text accepted in one upload (about 5,000 statement lines and more). */
export const COD_STATEMENT_CSV_MAX_CHARS = 1_000_000

export type AdminImportCodStatementCsvType = z.infer<
  typeof AdminImportCodStatementCsv
>
/**
 * A carrier's COD statement file as the office uploads it in Admin: the CSV's text
 * (the page reads the file), parsed and checked on the server.
 */
export const AdminImportCodStatementCsv = z
  .object({
    carrier: z.enum(["ghn", "ghtk"]),
    statement_ref: z.string().trim().min(1).max(100),
    // Medusa's formatter names the field and the limit of a failed .max() itself.
    csv: z.string().min(1).max(COD_STATEMENT_CSV_MAX_CHARS),
  })
  .strict()
