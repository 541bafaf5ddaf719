/**
 * A Vietnamese tax code (mã số thuế) as the invoice prints it: ten digits for an
 * enterprise, or ten digits, a dash and three for a branch or dependent unit (the
 * 13-digit form). Spaces, dots and a missing dash are tolerated; anything else is null.
 * Only the shape is checked: whether the code exists is the tax authority's to say.
 */
export function normalizeTaxCode(input: string): string | null {
  const digits = input.replace(/[\s.]/g, "")
  const match = /^(\d{10})(?:-?(\d{3}))?$/.exec(digits)
  if (!match) return null
  return match[2] ? `${match[1]}-${match[2]}` : match[1]
}
