import type { ReactNode } from "react"
import { isMessageKey, useT } from "~/lib/i18n"

/** Field errors are message keys from the shared zod schemas; anything else is shown as is. */
export function ErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
  const t = useT()
  if (!errors?.length) return null
  return (
    <ul id={id} className="field-errors">
      {errors.map((e) => (
        <li key={e}>{isMessageKey(e) ? t(e) : e}</li>
      ))}
    </ul>
  )
}

type FieldProps = {
  label: ReactNode
  id: string
  errorId: string
  errors?: string[]
  hint?: ReactNode
  hintId?: string
  children: ReactNode
  className?: string
}

/** A label, a control, an optional hint and the field's errors (the control points at them). */
export function Field({ label, id, errorId, errors, hint, hintId, children, className }: FieldProps) {
  return (
    <div className={["field", errors?.length ? "field--invalid" : "", className].filter(Boolean).join(" ")}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children}
      <ErrorList id={errorId} errors={errors} />
    </div>
  )
}

export function FormErrors({ id, errors }: { id?: string; errors?: string[] | null }) {
  if (!errors?.length) return null
  return (
    <div className="alert alert--error" role="alert">
      <ErrorList id={id} errors={errors} />
    </div>
  )
}
