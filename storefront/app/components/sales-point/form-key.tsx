// One key per rendered console form. The API records a form sent twice (a double
// click, a resubmitted page) once; a new render (after a success) gets a new key.
export const FORM_KEY_FIELD = "form_key"
const KEY = /^[A-Za-z0-9_-]{8,100}$/

/** A fresh key, made by the loader that renders the form. */
export function newFormKey(): string {
  return crypto.randomUUID()
}

/** The key a submitted form carries, if it is a well-formed one. */
export function formKeyOf(form: FormData): string | undefined {
  const key = form.get(FORM_KEY_FIELD)
  return typeof key === "string" && KEY.test(key) ? key : undefined
}

/** The hidden field that sends the form's key back. */
export function FormKeyField({ value }: { value: string }) {
  return <input type="hidden" name={FORM_KEY_FIELD} value={value} />
}
