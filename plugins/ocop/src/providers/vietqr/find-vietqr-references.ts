/** Letters after "OCOP" in a transfer reference (vietQrReference takes ten). */
const REFERENCE_TAIL = 10

/**
 * The VietQR references a bank-statement note may hold, in the order they appear.
 *
 * Banks and statement services mangle the memo the shopper's app sent: they upper-case
 * it, drop or add spaces and punctuation ("OCOP 01JX-ABC…"), glue the sender's name or
 * their own trace numbers before and after it ("MBVCB.3278907687.OCOP01JXABCDEF.CT tu …"
 * becomes "MBVCB3278907687OCOP01JXABCDEFCTTU…"). Only letters and digits survive every
 * bank, so the note is reduced to them and every "OCOP" followed by ten of them is a
 * candidate: the caller keeps the first one that names a payment.
 */
export function findVietQrReferences(note: string): string[] {
  const folded = note
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "D")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "")
  const found: string[] = []
  let at = folded.indexOf("OCOP")
  while (at !== -1) {
    const candidate = folded.slice(at, at + 4 + REFERENCE_TAIL)
    if (candidate.length === 4 + REFERENCE_TAIL && !found.includes(candidate)) {
      found.push(candidate)
    }
    at = folded.indexOf("OCOP", at + 1)
  }
  return found
}
