import { Form } from "@remix-run/react"

/** A console page's product search: a GET form on `q`, so it works without JavaScript. */
export function ProductSearch({ id, label, hint, submit, q }: { id: string; label: string; hint: string; submit: string; q: string }) {
  return (
    <Form method="get" role="search" className="staff-filters">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} name="q" type="search" defaultValue={q} aria-describedby={`${id}-hint`} />
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      </div>
      <button type="submit" className="button">
        {submit}
      </button>
    </Form>
  )
}
