import { z } from "@medusajs/framework/zod"

export type AdminImportCodStatementType = z.infer<
  typeof AdminImportCodStatement
>
/** A carrier's COD statement as rows of its export: parcel code and đồng paid. */
export const AdminImportCodStatement = z
  .object({
    carrier: z.enum(["ghn", "ghtk"]),
    statement_ref: z.string().trim().min(1).max(100),
    lines: z
      .array(
        z
          .object({
            tracking_code: z.string().trim().min(1).max(100),
            // A refine, not .int(): Medusa reports a failed .int() as "is required".
            amount: z
              .number()
              .min(0)
              .refine(
                Number.isInteger,
                "lines.amount: whole đồng, without decimals"
              ),
          })
          .strict()
      )
      .min(1)
      .max(5000),
  })
  .strict()
