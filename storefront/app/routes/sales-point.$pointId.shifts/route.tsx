import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { parseDong } from "~/components/sales-point/counter-payment-form"
import { formatDateTime } from "~/components/sales-point/format-date-time"
import { FormKeyField, formKeyOf, newFormKey } from "~/components/sales-point/form-key"
import { StaffErrorBoundary } from "~/components/sales-point/staff-error-boundary"
import { closeShift, listShifts, openShift, orStaffInputError, StaffInputError } from "~/lib/data/sales-point-api.server"
import { formatVnd } from "~/lib/format"
import { translator, useLocale, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { withStaffToken } from "~/lib/staff-session.server"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [locale, { open, recent }] = await Promise.all([
    getLocale(request),
    withStaffToken(request, async (token) => {
      const [open, recent] = await Promise.all([
        listShifts(token, params.pointId!, { status: "open", limit: 1, offset: 0 }),
        listShifts(token, params.pointId!, { status: "closed", limit: 20, offset: 0 }),
      ])
      return { open: open.shifts[0] ?? null, recent: recent.shifts }
    }),
  ])
  return json({ locale, open, recent, formKey: newFormKey() })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const pointId = params.pointId!
  const form = await request.formData()
  const intent = String(form.get("intent") ?? "")
  const field = intent === "open" ? "opening_float" : "counted_cash"
  const amount = parseDong(form.get(field))
  if (amount === null || Number.isNaN(amount)) {
    return json({ fieldErrors: { [field]: "staffConsole.pay.errorAmount" as const }, formError: null }, { status: 400 })
  }
  const note = String(form.get("note") ?? "").trim().slice(0, 500) || null
  const done = await withStaffToken(request, (token) =>
    orStaffInputError(() =>
      intent === "open"
        ? openShift(token, pointId, { opening_float: amount, note }, formKeyOf(form))
        : closeShift(token, pointId, String(form.get("shift_id") ?? ""), { counted_cash: amount, note }, formKeyOf(form))
    )
  )
  if (done instanceof StaffInputError) return json({ fieldErrors: {}, formError: done.message }, { status: 400 })
  // A closed shift goes to its printable report; an opened one back to the counter's shifts.
  return redirect(intent === "open" ? `/sales-point/${pointId}/shifts` : `/sales-point/${pointId}/shifts/${done.id}`)
}

function AmountField({ id, name, label, error }: { id: string; name: string; label: string; error?: string }) {
  const t = useT()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} inputMode="numeric" autoComplete="off" required aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      {error ? (
        <p className="field-errors" id={`${id}-error`}>
          {t(error as "staffConsole.pay.errorAmount")}
        </p>
      ) : null}
    </div>
  )
}

export default function StaffShiftsRoute() {
  const { open, recent, formKey } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const busy = useNavigation().state === "submitting"
  const t = useT()
  const locale = useLocale()
  const errors: Record<string, string> = actionData?.fieldErrors ?? {}
  return (
    <>
      <h1>{t("staffConsole.shift.title")}</h1>
      {actionData?.formError ? (
        <p className="field-errors" role="alert">
          {actionData.formError}
        </p>
      ) : null}
      {open ? (
        <section className="staff-form" aria-labelledby="shift-open-title">
          <h2 id="shift-open-title">{t("staffConsole.shift.openSince", { time: formatDateTime(open.opened_at, locale) })}</h2>
          <dl className="staff-stats">
            <div>
              <dt>{t("staffConsole.shift.float")}</dt>
              <dd>{formatVnd(open.opening_float)}</dd>
            </div>
            <div>
              <dt>{t("staffConsole.shift.sales")}</dt>
              <dd>{formatVnd(open.sales_total)}</dd>
            </div>
            <div>
              <dt>{t("staffConsole.shift.expected")}</dt>
              <dd data-testid="shift-expected">{formatVnd(open.expected_cash)}</dd>
            </div>
          </dl>
          <Form method="post">
            <FormKeyField value={formKey} />
            <input type="hidden" name="shift_id" value={open.id} />
            <AmountField id="shift-counted" name="counted_cash" label={t("staffConsole.shift.counted")} error={errors.counted_cash} />
            <div className="field">
              <label htmlFor="shift-note">{t("staffConsole.field.note")}</label>
              <textarea id="shift-note" name="note" maxLength={500} rows={2} />
            </div>
            <button type="submit" name="intent" value="close" className="button" disabled={busy}>
              {busy ? t("staffConsole.saving") : t("staffConsole.shift.close")}
            </button>
          </Form>
        </section>
      ) : (
        <section className="staff-form" aria-labelledby="shift-new-title">
          <h2 id="shift-new-title">{t("staffConsole.shift.none")}</h2>
          <Form method="post">
            <FormKeyField value={formKey} />
            <AmountField id="shift-float" name="opening_float" label={t("staffConsole.shift.float")} error={errors.opening_float} />
            <button type="submit" name="intent" value="open" className="button" disabled={busy}>
              {busy ? t("staffConsole.saving") : t("staffConsole.shift.open")}
            </button>
          </Form>
        </section>
      )}
      <h2>{t("staffConsole.shift.recent")}</h2>
      {recent.length === 0 ? (
        <p className="empty">{t("staffConsole.shift.noneClosed")}</p>
      ) : (
        <ul className="staff-cards">
          {recent.map((s) => (
            <li key={s.id} className="staff-card">
              <p>
                <Link to={s.id}>{formatDateTime(s.closed_at ?? s.opened_at, locale)}</Link> · {formatVnd(s.sales_total)}
              </p>
              <p className="portal-muted">
                {t("staffConsole.shift.difference")}: {s.difference === null ? "—" : formatVnd(s.difference)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("staffConsole.shift.title")} · ${t("staffConsole.title")}`, description: t("staffConsole.shift.title"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
