const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

/**
 * Three digits as Vietnamese reads them. `full` when a higher group precedes, so the
 * hundreds and a lone unit are spoken ("không trăm linh năm"), as on every invoice.
 */
function readGroup(n: number, full: boolean): string {
  const hundreds = Math.floor(n / 100)
  const tens = Math.floor((n % 100) / 10)
  const units = n % 10
  const words: string[] = []
  if (hundreds > 0 || full) words.push(DIGITS[hundreds], "trăm")
  if (tens === 0) {
    if (units > 0 && (hundreds > 0 || full)) words.push("linh")
  } else if (tens === 1) {
    words.push("mười")
  } else {
    words.push(DIGITS[tens], "mươi")
  }
  if (units > 0) {
    if (units === 1 && tens >= 2) words.push("mốt")
    else if (units === 5 && tens >= 1) words.push("lăm")
    else words.push(DIGITS[units])
  }
  return words.join(" ")
}

/** Below a billion: groups of thousands and millions. */
function readBelowBillion(n: number, full: boolean): string {
  const millions = Math.floor(n / 1_000_000)
  const thousands = Math.floor((n % 1_000_000) / 1000)
  const rest = n % 1000
  const parts: string[] = []
  let higher = full
  for (const [value, unit] of [
    [millions, "triệu"],
    [thousands, "nghìn"],
    [rest, ""],
  ] as const) {
    if (value > 0) {
      parts.push(`${readGroup(value, higher)}${unit ? ` ${unit}` : ""}`)
    }
    if (value > 0 || parts.length) higher = true
  }
  return parts.join(" ")
}

function readNumber(n: number): string {
  if (n === 0) return DIGITS[0]
  if (n < 1_000_000_000) return readBelowBillion(n, false)
  const billions = Math.floor(n / 1_000_000_000)
  const rest = n % 1_000_000_000
  const head = `${readNumber(billions)} tỷ`
  return rest ? `${head} ${readBelowBillion(rest, true)}` : head
}

/**
 * A whole-đồng amount in Vietnamese words, capitalised, as the "Số tiền viết bằng chữ"
 * line of an invoice: 75000 → "Bảy mươi lăm nghìn đồng", 1005000 → "Một triệu không
 * trăm linh năm nghìn đồng".
 */
export function dongInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(`amount: a whole, non-negative number of đồng, got ${amount}`)
  }
  const words = `${readNumber(amount)} đồng`
  return words.charAt(0).toUpperCase() + words.slice(1)
}
