/**
 * VietQR: the EMVCo merchant-presented QR payload that Vietnamese banking apps scan
 * (NAPAS 247 "QR chuyển khoản"). A payload is a string of tag–length–value fields,
 * the length two decimal digits; the last field is a CRC-16/CCITT-FALSE over
 * everything before its value, the "6304" included.
 */

/** NAPAS's globally unique identifier in the consumer-account template (tag 38). */
export const NAPAS_GUID = "A000000727"
/** Transfer to an account number ("to card" would be QRIBFTTC). */
export const SERVICE_TO_ACCOUNT = "QRIBFTTA"
const CURRENCY_VND = "704"
const COUNTRY_VN = "VN"

export type VietQrTransfer = {
  /** The bank's six-digit NAPAS BIN, e.g. 970436 (Vietcombank). */
  bankBin: string
  accountNumber: string
  /** Integer đồng; without it the code is static and the payer types the amount. */
  amount?: number
  /** Transfer memo ("nội dung chuyển khoản"): the order reference. */
  purpose?: string
}

export type DecodedVietQr = VietQrTransfer & {
  /** Every top-level tag with its raw value, for checks beyond the transfer. */
  fields: Record<string, string>
  serviceCode: string
  currency: string
  country: string
  crcValid: boolean
}

/** CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection. */
export function crc16CcittFalse(text: string): string {
  let crc = 0xffff
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

function field(tag: string, value: string): string {
  if (value.length > 99) {
    throw new RangeError(`VietQR field ${tag} is longer than 99 characters`)
  }
  return `${tag}${String(value.length).padStart(2, "0")}${value}`
}

// Banking apps reject or mangle memos with diacritics or punctuation.
const PURPOSE_PATTERN = /^[A-Za-z0-9 ]{1,25}$/

/** Builds the payload for a transfer to one account, with the CRC appended. */
export function encodeVietQr(transfer: VietQrTransfer): string {
  if (!/^\d{6}$/.test(transfer.bankBin)) {
    throw new RangeError("bankBin must be a six-digit NAPAS BIN")
  }
  if (!/^[A-Za-z0-9]{1,19}$/.test(transfer.accountNumber)) {
    throw new RangeError("accountNumber must be 1–19 letters or digits")
  }
  if (
    transfer.amount !== undefined &&
    (!Number.isSafeInteger(transfer.amount) || transfer.amount <= 0)
  ) {
    throw new RangeError("amount must be a positive whole number of đồng")
  }
  if (
    transfer.purpose !== undefined &&
    !PURPOSE_PATTERN.test(transfer.purpose)
  ) {
    throw new RangeError("purpose must be 1–25 letters, digits or spaces")
  }
  const merchantAccount =
    field("00", NAPAS_GUID) +
    field(
      "01",
      field("00", transfer.bankBin) + field("01", transfer.accountNumber)
    ) +
    field("02", SERVICE_TO_ACCOUNT)
  const body =
    field("00", "01") +
    // 12: dynamic (used for one payment, amount set); 11: static.
    field("01", transfer.amount === undefined ? "11" : "12") +
    field("38", merchantAccount) +
    field("53", CURRENCY_VND) +
    (transfer.amount === undefined
      ? ""
      : field("54", String(transfer.amount))) +
    field("58", COUNTRY_VN) +
    (transfer.purpose === undefined
      ? ""
      : field("62", field("08", transfer.purpose))) +
    "6304"
  return body + crc16CcittFalse(body)
}

/** Splits a tag–length–value string; throws on a truncated or malformed field. */
export function parseTlv(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  let at = 0
  while (at < text.length) {
    const tag = text.slice(at, at + 2)
    const length = Number(text.slice(at + 2, at + 4))
    if (!/^\d{2}$/.test(tag) || !/^\d{2}$/.test(text.slice(at + 2, at + 4))) {
      throw new SyntaxError(`malformed VietQR field at position ${at}`)
    }
    const value = text.slice(at + 4, at + 4 + length)
    if (value.length !== length) {
      throw new SyntaxError(`VietQR field ${tag} is truncated`)
    }
    out[tag] = value
    at += 4 + length
  }
  return out
}

/** Reads a payload back: bank, account, amount, memo, and whether the CRC holds. */
export function decodeVietQr(payload: string): DecodedVietQr {
  const fields = parseTlv(payload)
  const crc = fields["63"]
  const crcValid =
    crc !== undefined &&
    payload.endsWith(`6304${crc}`) &&
    crc16CcittFalse(payload.slice(0, -4)) === crc
  const merchant = parseTlv(fields["38"] ?? "")
  if (merchant["00"] !== NAPAS_GUID) {
    throw new SyntaxError(
      "not a VietQR payload: tag 38 lacks the NAPAS identifier"
    )
  }
  const beneficiary = parseTlv(merchant["01"] ?? "")
  const additional = fields["62"] ? parseTlv(fields["62"]) : {}
  return {
    fields,
    bankBin: beneficiary["00"] ?? "",
    accountNumber: beneficiary["01"] ?? "",
    serviceCode: merchant["02"] ?? "",
    amount: fields["54"] === undefined ? undefined : Number(fields["54"]),
    currency: fields["53"] ?? "",
    country: fields["58"] ?? "",
    purpose: additional["08"],
    crcValid,
  }
}
