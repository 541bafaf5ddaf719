/** Short names of the banks most shops bank with, by NAPAS BIN; others show the BIN. */
export const VIETQR_BANKS: Record<string, string> = {
  "970436": "Vietcombank",
  "970415": "VietinBank",
  "970418": "BIDV",
  "970405": "Agribank",
  "970422": "MB Bank",
  "970407": "Techcombank",
  "970416": "ACB",
  "970432": "VPBank",
  "970423": "TPBank",
  "970403": "Sacombank",
}

export const bankName = (bin: string) => VIETQR_BANKS[bin] ?? `BIN ${bin}`
