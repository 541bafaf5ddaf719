import type { MessageKey } from "../i18n"

/**
 * The producer API answers bad input with a 400 whose message names the field
 * ("issuing_level \"district\" cannot certify 5★…; score 55 …"). Each part is
 * put next to the form field it names; a known field gets our translated
 * explanation, anything else keeps the API's words. Parts naming no field of
 * the form become form errors.
 */
export function fieldErrorsFromApi(
  message: string,
  /** API field name → the form field that shows its error. */
  fields: Record<string, string>,
  /** Form field → our explanation, or [pattern the API's words must match, explanation]. */
  explanations: Partial<Record<string, MessageKey | readonly [RegExp, MessageKey]>> = {}
): { fieldErrors: Record<string, string[]>; formErrors: string[] } {
  const fieldErrors: Record<string, string[]> = {}
  const formErrors: string[] = []
  const parts = message
    .replace(/^Invalid request:\s*/i, "")
    .split(/;\s*/)
    .map((p) => p.trim())
    .filter(Boolean)
  for (const part of parts) {
    const apiField = firstNamedField(part, Object.keys(fields))
    const field = apiField ? fields[apiField] : null
    if (!field) {
      formErrors.push(part)
      continue
    }
    const text = explain(explanations[field], part) ?? part
    fieldErrors[field] = [...new Set([...(fieldErrors[field] ?? []), text])]
  }
  return { fieldErrors, formErrors }
}

function firstNamedField(part: string, fields: readonly string[]): string | null {
  let best: { field: string; at: number } | null = null
  for (const field of fields) {
    const match = new RegExp(`(^|[^a-z_])${field}([^a-z_]|$)`).exec(part)
    if (match && (!best || match.index < best.at)) best = { field, at: match.index }
  }
  return best?.field ?? null
}

function explain(explanation: MessageKey | readonly [RegExp, MessageKey] | undefined, part: string): string | null {
  if (!explanation) return null
  if (typeof explanation === "string") return explanation
  return explanation[0].test(part) ? explanation[1] : null
}
