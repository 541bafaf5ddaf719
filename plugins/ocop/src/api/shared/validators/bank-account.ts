import { z } from "@medusajs/framework/zod"
import {
  ACCOUNT_NAME_PATTERN,
  ACCOUNT_NUMBER_PATTERN,
  isKnownBankBin,
} from "../../../modules/settlement/rules/bank-account"

/** The producer's own bank account that statements are paid to (VietQR transfer). */
export const bankAccountFields = {
  bank_bin: z.string().refine(isKnownBankBin, {
    message: "bank_bin: not a bank of the VietQR list (six-digit NAPAS BIN)",
  }),
  account_number: z
    .string()
    .trim()
    .regex(ACCOUNT_NUMBER_PATTERN, {
      message: "account_number: 6–19 digits or letters, no spaces",
    }),
  account_name: z
    .string()
    .trim()
    .regex(ACCOUNT_NAME_PATTERN, {
      message: "account_name: the holder's name as the bank prints it (letters and spaces)",
    }),
}

export type SetBankAccountType = z.infer<typeof SetBankAccount>
export const SetBankAccount = z.object(bankAccountFields).strict()
