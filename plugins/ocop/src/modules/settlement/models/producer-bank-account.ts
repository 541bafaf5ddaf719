import { model } from "@medusajs/framework/utils"

/** The producer's own account that statements are paid to (one per producer). */
export const ProducerBankAccount = model.define(
  { name: "ProducerBankAccount", tableName: "ocop_producer_bank_account" },
  {
    id: model.id({ prefix: "ocba" }).primaryKey(),
    producer_id: model.text().unique(),
    // NAPAS BIN of the bank (VietQR banks list).
    bank_bin: model.text(),
    account_number: model.text(),
    account_name: model.text(),
  }
)
