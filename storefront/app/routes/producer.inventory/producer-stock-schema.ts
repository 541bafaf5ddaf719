import { z } from "zod"

/**
 * The portal's declaration of one pack: a new count ("set") or a change ("change",
 * signed), always with a reason. Checked here first so a typo never reaches the API;
 * the API checks again and refuses going below what orders hold.
 */
export const ProducerStockForm = z
  .object({
    variant_id: z.string().trim().min(1, "producerPortal.stock.errors.pack"),
    mode: z.enum(["set", "change"], { required_error: "producerPortal.stock.errors.mode" }),
    amount: z.coerce
      .number({ required_error: "producerPortal.stock.errors.amount", invalid_type_error: "producerPortal.stock.errors.amount" })
      .int("producerPortal.stock.errors.amount")
      .min(-1_000_000, "producerPortal.stock.errors.amount")
      .max(1_000_000, "producerPortal.stock.errors.amount"),
    reason: z
      .string({ required_error: "producerPortal.stock.errors.reason" })
      .trim()
      .min(3, "producerPortal.stock.errors.reason")
      .max(300, "errors.tooLong"),
  })
  .superRefine((form, ctx) => {
    if (form.mode === "set" && form.amount < 0)
      ctx.addIssue({ code: "custom", path: ["amount"], message: "producerPortal.stock.errors.negative" })
    if (form.mode === "change" && form.amount === 0)
      ctx.addIssue({ code: "custom", path: ["amount"], message: "producerPortal.stock.errors.zeroChange" })
  })
export type ProducerStockFormType = z.infer<typeof ProducerStockForm>
