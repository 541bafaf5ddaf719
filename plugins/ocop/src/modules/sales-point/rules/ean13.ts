/**
 * EAN-13 (GTIN-13): twelve digits and a check digit. Weights 1 and 3 alternate from
 * the left; the check digit brings the weighted sum to a multiple of 10.
 */
export function ean13CheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new RangeError("EAN-13 needs 12 digits before its check digit")
  const sum = [...first12].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0)
  return (10 - (sum % 10)) % 10
}

export function isEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code.slice(0, 12)) === Number(code[12])
}

/**
 * GS1 keeps prefixes 20–29 for restricted circulation: numbers a shop gives goods
 * itself, never met on a producer's GTIN. Ours are 20 + a 10-digit serial.
 */
export const IN_STORE_PREFIX = "20"

export function isInStoreEan13(code: string): boolean {
  return isEan13(code) && code.startsWith(IN_STORE_PREFIX)
}

/** The in-store EAN-13 of a serial (1, 2, …): "20", the serial on 10 digits, the check digit. */
export function inStoreEan13(serial: number): string {
  if (!Number.isSafeInteger(serial) || serial < 1 || serial > 9_999_999_999) {
    throw new RangeError("in-store serial out of range")
  }
  const first12 = IN_STORE_PREFIX + String(serial).padStart(10, "0")
  return first12 + ean13CheckDigit(first12)
}

/** The serial of an in-store EAN-13, or 0 when it is not one. */
export function inStoreSerial(code: string | null | undefined): number {
  return code && isInStoreEan13(code) ? Number(code.slice(2, 12)) : 0
}

// Left-hand parity of the first digit (L = odd, G = even), then the bar patterns.
const PARITY = ["LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"]
const L = ["0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111", "0111011", "0110111", "0001011"]
const G = L.map((p) => [...p].reverse().map((b) => (b === "1" ? "0" : "1")).join(""))
const R = L.map((p) => [...p].map((b) => (b === "1" ? "0" : "1")).join(""))

/** The 95 modules of an EAN-13 symbol, "1" for a bar: guards, left half, centre, right half. */
export function ean13Modules(code: string): string {
  if (!isEan13(code)) throw new RangeError(`${code} is not a valid EAN-13`)
  const d = [...code].map(Number)
  const left = d
    .slice(1, 7)
    .map((digit, i) => (PARITY[d[0]][i] === "L" ? L[digit] : G[digit]))
    .join("")
  const right = d.slice(7).map((digit) => R[digit]).join("")
  return `101${left}01010${right}101`
}
