/** Whether `code` is an EAN-13 (or EAN-8) with a right check digit: a camera can misread one bar. */
export function isEan(code: string): boolean {
  if (!/^(\d{8}|\d{13})$/.test(code)) return false
  const digits = [...code].map(Number)
  const check = digits.pop()!
  // From the right, the digits before the check digit weigh 3, 1, 3, …
  const sum = digits.reverse().reduce((s, d, i) => s + d * (i % 2 === 0 ? 3 : 1), 0)
  return (10 - (sum % 10)) % 10 === check
}
