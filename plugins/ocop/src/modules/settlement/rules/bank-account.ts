import banks from "../../../data/vietqr-banks.json"

/**
 * The banks a producer can be paid at through a VietQR transfer, by NAPAS BIN (the
 * six digits VietQR carries in its account field), with the short names their
 * customers know. A BIN outside this list is refused: a transfer to it would fail.
 * One list, shared with the storefront's bank picker (package export
 * `@ocop-market/medusa-plugin-ocop/data/vietqr-banks.json`).
 */
export const VIETQR_BANKS: Record<string, string> = Object.fromEntries(
  banks.map((bank) => [bank.bin, bank.name])
)

export const isKnownBankBin = (bin: string) =>
  Object.prototype.hasOwnProperty.call(VIETQR_BANKS, bin)

/** Account numbers as banks issue them: 6–19 digits or letters (VietQR allows up to 19). */
export const ACCOUNT_NUMBER_PATTERN = /^[A-Za-z0-9]{6,19}$/

/** The holder's name as banks print it: letters (diacritics allowed) and spaces. */
export const ACCOUNT_NAME_PATTERN = /^[\p{L} .'-]{2,70}$/u
