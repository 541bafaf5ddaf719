import { useEffect, useRef, useState, type FormEvent } from "react"

/**
 * Forms whose rules live in the action (zod, in a `*.server.ts` module) and that ship no
 * validation library to the browser (the JavaScript budget, issue 18). The browser checks
 * only the inputs' native constraints (required, type, pattern, minLength…), through the
 * Constraint Validation API, and shows each failure as the field's own message key, so a
 * message names the field in the page's language as the server's would; everything else
 * is the server's answer (conform's `submission.reply()`), shown next to each field. Without
 * JavaScript the form is not checked in the browser (noValidate): the server answers.
 */

/** What the action returns: conform's `SubmissionResult` (only what the page reads). */
export type SubmissionResult = {
  status?: "success" | "error"
  initialValue?: Record<string, unknown> | null
  error?: Record<string, string[] | null> | null
}

/** Native constraints of an input, and the message key shown when one fails. */
export type Constraint = {
  required?: boolean
  minLength?: number
  maxLength?: number
  min?: number | string
  max?: number | string
  pattern?: string
  message: string
}

export type FieldMetadata = {
  id: string
  name: string
  errorId: string
  errors?: string[]
  initialValue?: unknown
  constraint?: Constraint
}

type FormMetadata = {
  id: string
  errorId: string
  errors?: string[]
  allErrors: Record<string, string[]>
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
  onInput: (event: FormEvent<HTMLFormElement>) => void
  /** Sets the errors shown, for a page that changes its fields (a list row removed takes its errors away). */
  setErrors: (update: (errors: Record<string, string[]>) => Record<string, string[]>) => void
}

/** The value at a conform field name (`a`, `a.b`, `a[0]`) in a nested object. */
function valueAt(value: unknown, name: string): unknown {
  return name
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== "")
    .reduce<unknown>((current, key) => (current == null ? undefined : (current as Record<string, unknown>)[key]), value)
}

/**
 * A field's constraint: its own name, else its name without the list indexes, which
 * holds for every row (`ids[2]` → `ids`, `variants[0].title` → `variants.title`).
 */
function constraintOf(constraints: Record<string, Constraint>, name: string): Constraint | undefined {
  return constraints[name] ?? constraints[name.replace(/\[\d+\]/g, "")]
}

/**
 * The native check, plus what the schema does first: it trims, so blanks are missing and
 * count short (the browser's own tooShort also waits for the user to have typed).
 */
function passes(element: HTMLInputElement, rule: Constraint) {
  if (!element.validity.valid) return false
  if (element.type === "checkbox" || element.type === "radio" || element.type === "file") return true
  const value = typeof element.value === "string" ? element.value.trim() : ""
  if (rule.required && !value) return false
  return !(rule.minLength && value && value.length < rule.minLength)
}

const withErrors = (errors: Record<string, string[] | null> | null | undefined) =>
  Object.fromEntries(Object.entries(errors ?? {}).filter((entry): entry is [string, string[]] => Boolean(entry[1]?.length)))

/**
 * A form's fields: ids, names, the typed values to show again and each field's errors
 * (the server's, then the browser's). Focuses the first invalid field after each answer.
 */
export function useForm<Name extends string>({
  id,
  lastResult,
  defaultValue,
  constraint = {},
}: {
  id: string
  lastResult?: SubmissionResult | null
  defaultValue?: Partial<Record<Name, unknown>> | Record<string, unknown>
  constraint?: Partial<Record<Name, Constraint>> & Record<string, Constraint>
}): [FormMetadata, Record<Name, FieldMetadata>] {
  const [errors, setErrors] = useState(() => withErrors(lastResult?.error))
  // Counts the answers (the server's or the browser's): each one moves the focus once.
  const [round, setRound] = useState(0)
  const answered = useRef(lastResult)
  useEffect(() => {
    if (answered.current === lastResult) return
    answered.current = lastResult
    setErrors(withErrors(lastResult?.error))
    setRound((r) => r + 1)
  }, [lastResult])
  useEffect(() => {
    if (!round) return
    const invalid = document.getElementById(id)?.querySelector<HTMLElement>("[aria-invalid='true']")
    if (invalid && !invalid.contains(document.activeElement)) invalid.focus()
    // Only when an answer arrives, not as fields are fixed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [round])

  const values = lastResult?.initialValue ?? defaultValue ?? {}
  const field = (name: string): FieldMetadata => ({
    id: `${id}-${name.replace(/[[\].]/g, "-")}`,
    name,
    errorId: `${id}-${name.replace(/[[\].]/g, "-")}-error`,
    errors: errors[name],
    initialValue: valueAt(values, name),
    constraint: constraintOf(constraint, name),
  })
  const fields = new Proxy({} as Record<Name, FieldMetadata>, { get: (_, name) => field(String(name)) })

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // A button that sends the form unchecked (without JavaScript: load the province's communes).
    if ((event.nativeEvent as SubmitEvent).submitter?.hasAttribute("formnovalidate")) return
    const found: Record<string, string[]> = {}
    for (const element of Array.from(event.currentTarget.elements) as HTMLInputElement[]) {
      const rule = element.name ? constraintOf(constraint, element.name) : undefined
      if (rule && element.willValidate && !passes(element, rule)) found[element.name] = [rule.message]
    }
    if (!Object.keys(found).length) return
    event.preventDefault()
    setErrors(found)
    setRound((r) => r + 1)
  }
  // A field fixed as the shopper types loses its error (the server checks again on sending).
  const onInput = (event: FormEvent<HTMLFormElement>) => {
    const element = event.target as HTMLInputElement
    const rule = element.name ? constraintOf(constraint, element.name) : undefined
    if (!element.name || !errors[element.name] || !element.validity?.valid || (rule && !passes(element, rule))) return
    setErrors(({ [element.name]: _fixed, ...rest }) => rest)
  }
  return [
    {
      id,
      errorId: `${id}-error`,
      errors: errors[""],
      allErrors: Object.fromEntries(Object.entries(errors).filter(([name]) => name !== "")),
      onSubmit,
      onInput,
      setErrors,
    },
    fields,
  ]
}

/** The form element's props: checked here with JavaScript, by the server without. */
export function getFormProps(form: FormMetadata) {
  return { id: form.id, noValidate: true, onSubmit: form.onSubmit, onInput: form.onInput, onBlur: form.onInput, onChange: form.onInput }
}

function describedBy(field: FieldMetadata, extra?: string) {
  return [field.errors?.length ? field.errorId : undefined, extra].filter(Boolean).join(" ") || undefined
}

function constraintProps(field: FieldMetadata) {
  const { required, minLength, maxLength, min, max, pattern } = field.constraint ?? (field as Partial<Constraint>)
  return { required, minLength, maxLength, min, max, pattern }
}

/** A select's props: its name, native constraints, typed value and error pointers. */
export function getSelectProps(field: FieldMetadata, { ariaDescribedBy }: { ariaDescribedBy?: string } = {}) {
  return {
    id: field.id,
    name: field.name,
    ...constraintProps(field),
    defaultValue: field.initialValue == null ? "" : String(field.initialValue),
    "aria-invalid": field.errors?.length ? true : undefined,
    "aria-describedby": describedBy(field, ariaDescribedBy),
  }
}

/**
 * An input's props; a checkbox or radio is checked when its value is the typed one. A
 * file input shows no typed value: the server cannot send a file back (the browser keeps
 * the chosen ones while the page stays).
 */
export function getInputProps(field: FieldMetadata, { type, value, ariaDescribedBy }: { type: string; value?: string; ariaDescribedBy?: string }) {
  const base = { ...getSelectProps(field, { ariaDescribedBy }), type }
  const { defaultValue: _typed, ...rest } = base
  if (type === "file") return rest
  if (type !== "checkbox" && type !== "radio") return base
  const own = value ?? "on"
  const typed = field.initialValue
  // Radios share a name, not an id: the group's legend labels them.
  return { ...rest, id: type === "radio" ? undefined : field.id, value: own, defaultChecked: typed === own || (typed === true && own === "on") }
}

/** A textarea's props (as an input's). */
export function getTextareaProps(field: FieldMetadata, options: { ariaDescribedBy?: string } = {}) {
  return getSelectProps(field, options)
}
