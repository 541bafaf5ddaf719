/**
 * The banks a producer can be paid at through a VietQR transfer, by NAPAS BIN (the
 * six digits VietQR carries in its account field), with the short names their
 * customers know. A BIN outside this list is refused: a transfer to it would fail.
 */
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
  "970437": "HDBank",
  "970441": "VIB",
  "970443": "SHB",
  "970431": "Eximbank",
  "970426": "MSB",
  "970448": "OCB",
  "970429": "SCB",
  "970440": "SeABank",
  "970454": "Bản Việt",
  "970409": "Bắc Á",
  "970452": "KienlongBank",
  "970414": "OceanBank",
  "970449": "LPBank",
  "970428": "Nam A Bank",
  "970400": "Saigonbank",
  "970412": "PVcomBank",
  "970427": "VietABank",
  "970433": "Vietbank",
  "970406": "DongA Bank",
  "970419": "NCB",
  "970430": "PG Bank",
  "970425": "ABBANK",
  "970438": "BaoViet Bank",
  "970408": "GPBank",
  "970434": "Indovina",
  "970421": "VRB",
  "970457": "Woori Vietnam",
  "970424": "Shinhan Vietnam",
  "970458": "UOB Vietnam",
  "970410": "Standard Chartered",
  "970439": "Public Bank Vietnam",
  "970442": "Hong Leong Vietnam",
  "970446": "Co-opBank",
}

export const isKnownBankBin = (bin: string) =>
  Object.prototype.hasOwnProperty.call(VIETQR_BANKS, bin)

/** Account numbers as banks issue them: 6–19 digits or letters (VietQR allows up to 19). */
export const ACCOUNT_NUMBER_PATTERN = /^[A-Za-z0-9]{6,19}$/

/** The holder's name as banks print it: letters (diacritics allowed) and spaces. */
export const ACCOUNT_NAME_PATTERN = /^[\p{L} .'-]{2,70}$/u
