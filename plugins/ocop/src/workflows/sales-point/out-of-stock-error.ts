import { MedusaError } from "@medusajs/framework/utils"
import type { OcopStockShortfall } from "../../types/store"

/** The refusal's `code` in the API's answer: the body then carries `shortfalls`. */
export const OUT_OF_STOCK_CODE = "ocop_out_of_stock"

/**
 * A write refused because a location lacks stock (a counter sale, a transfer, a
 * checkout's pickup). The message stays for people; `shortfalls` is for the pages that
 * mark the lines, so that they never read figures out of the message's words. Own
 * properties survive the workflow engine's serialisation of a step's error, and the
 * app's error handler answers them with the 400.
 */
export class OutOfStockError extends MedusaError {
  readonly shortfalls: OcopStockShortfall[]

  constructor(message: string, shortfalls: OcopStockShortfall[]) {
    super(MedusaError.Types.NOT_ALLOWED, message, OUT_OF_STOCK_CODE)
    this.shortfalls = shortfalls
  }
}
