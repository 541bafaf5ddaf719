import { randomInt } from "node:crypto"

// No 0/O, 1/I/L: a host reads the code off a phone screen or hears it on the phone.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
const LENGTH = 6
const REFERENCE = new RegExp(`^TX-[${ALPHABET}]{${LENGTH}}$`)

/** A new voucher reference, "TX-" and six unambiguous characters (31⁶ ≈ 887 million). */
export function newBookingReference(): string {
  let code = ""
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)]
  return `TX-${code}`
}

/** A reference as typed or scanned, upper-cased and trimmed; null when it cannot be one. */
export function normalizeBookingReference(value: string): string | null {
  const ref = value.trim().toUpperCase()
  return REFERENCE.test(ref) ? ref : null
}
