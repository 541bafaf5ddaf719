import { z } from "zod"

// The API's own rules (plugin rules/bank-account.ts), checked in the action first (the
// browser checks profile-constraints.ts) so the producer sees the mistake at once; the
// API checks again and its 400 names the field. The bank
// is a NAPAS BIN from the picker (the loader sends the VietQR list, so the page's
// JavaScript does not carry it); the API refuses a BIN outside that list.
export const ProducerBankAccountForm = z.object({
  bank_bin: z
    .string({ required_error: "producerPortal.bank.errors.bank" })
    .regex(/^\d{6}$/, "producerPortal.bank.errors.bank"),
  // Numbers are often written in groups ("0071 0001 23456"): the spaces are not part of it.
  account_number: z
    .string({ required_error: "producerPortal.bank.errors.accountNumber" })
    .transform((value) => value.replace(/[\s.-]/g, ""))
    .refine((value) => /^[A-Za-z0-9]{6,19}$/.test(value), "producerPortal.bank.errors.accountNumber"),
  account_name: z
    .string({ required_error: "producerPortal.bank.errors.accountName" })
    .trim()
    .regex(/^[\p{L} .'-]{2,70}$/u, "producerPortal.bank.errors.accountName"),
})
export type ProducerBankAccountFormType = z.infer<typeof ProducerBankAccountForm>
