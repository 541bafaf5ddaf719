import banks from "@ocop-market/medusa-plugin-ocop/data/vietqr-banks.json"

/**
 * The banks of the VietQR list by NAPAS BIN with the short names their customers know:
 * the plugin's list, which the API also checks a producer's payout bank against.
 */
export const VIETQR_BANKS: { bin: string; name: string }[] = banks

const NAMES: Record<string, string> = Object.fromEntries(banks.map((bank) => [bank.bin, bank.name]))

export const bankName = (bin: string) => NAMES[bin] ?? `BIN ${bin}`
