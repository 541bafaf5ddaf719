import { parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, type SerializeFrom } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { Field, FormErrors } from "~/components/ui/field"
import {
  cancelHostExperienceDate,
  getHostExperience,
  markBookingAttended,
  orInputError,
  ProducerInputError,
  type HostDateBooking,
} from "~/lib/data/producer-api.server"
import { formatDate } from "~/lib/format"
import { isMessageKey, translator, useLocale, useT } from "~/lib/i18n"
import { invariantResponse } from "~/lib/invariant"
import { commitProducerHeaders, getProducerSession, requireProducerToken, withProducerToken } from "~/lib/producer-session.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { getFormProps, getInputProps, getTextareaProps, useForm, type Constraint } from "~/lib/form"
import { HostDateAction } from "./host-date-schema.server"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [locale, experience, session] = await Promise.all([
    getLocale(request),
    withProducerToken(request, (token) => getHostExperience(token, params.id ?? "")),
    getProducerSession(request),
  ])
  invariantResponse(experience, "Not found", { status: 404 })
  const notice = session.get("notice") ?? null
  return json({ locale, experience, notice }, { headers: await commitProducerHeaders(session) })
}

export async function action({ request, params }: ActionFunctionArgs) {
  // Signed-out visitors are sent to sign in before anything they posted is looked at.
  await requireProducerToken(request)
  const id = params.id ?? ""
  const submission = parseWithZod(await request.formData(), { schema: HostDateAction })
  if (submission.status !== "success") {
    return json({ result: submission.reply(), date: String(submission.payload.date ?? "") }, { status: 400 })
  }
  const value = submission.value
  const session = await getProducerSession(request)
  const locale = await getLocale(request)
  const t = translator(locale)
  if (value.intent === "attended") {
    const saved = await withProducerToken(request, (token) => orInputError(() => markBookingAttended(token, value.reference)))
    if (saved instanceof ProducerInputError) {
      return json({ result: submission.reply({ formErrors: [saved.message] }), date: "" }, { status: 400 })
    }
    session.flash("notice", t("host.attendedSaved", { reference: saved.reference }))
  } else {
    const cancelled = await withProducerToken(request, (token) =>
      orInputError(() => cancelHostExperienceDate(token, id, value.date, value.reason))
    )
    if (cancelled instanceof ProducerInputError) {
      const field = cancelled.message.startsWith("reason:") ? "reason" : ""
      return json(
        {
          result: submission.reply(field ? { fieldErrors: { reason: [cancelled.message] } } : { formErrors: [cancelled.message] }),
          date: value.date,
        },
        { status: 400 }
      )
    }
    session.flash("notice", t("host.cancelled", { date: formatDate(value.date, locale), count: cancelled.cancelled.length }))
  }
  return redirect(`/producer/experiences/${id}`, { headers: await commitProducerHeaders(session) })
}

/** The browser's half of HostDateAction's cancel: native constraints with the schema's message keys. */
const cancelDateConstraint: Record<"reason" | "confirm", Constraint> = {
  reason: { required: true, minLength: 5, maxLength: 500, message: "host.errors.reason" },
  confirm: { required: true, message: "host.errors.confirm" },
}

export default function HostExperienceRoute() {
  const { experience, notice } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const t = useT()
  const booked = experience.dates.filter((d) => d.bookings.length > 0)
  const quiet = experience.dates.filter((d) => d.bookings.length === 0)
  return (
    <section aria-labelledby="host-experience-title">
      <p>
        <Link to="/producer/experiences">← {t("host.back")}</Link>
      </p>
      <h1 id="host-experience-title">{experience.title}</h1>
      <p className="portal-muted">{t("host.meetAt", { time: experience.start_time, place: experience.meeting_point })}</p>
      {notice ? (
        <p className="alert alert--success" role="status">
          {isMessageKey(notice) ? t(notice) : notice}
        </p>
      ) : null}
      {experience.dates.length === 0 ? <p className="empty">{t("host.noDates")}</p> : null}
      {booked.map((d) => (
        <DaySection key={d.date} day={d} />
      ))}
      {quiet.length ? (
        // Twelve weeks of dates: the days nobody booked stay folded, still cancellable.
        <details className="portal-section" open={quiet.some((d) => d.date === actionData?.date) || undefined}>
          <summary>{t("host.quietDays", { count: quiet.length })}</summary>
          {quiet.map((d) => (
            <DaySection key={d.date} day={d} />
          ))}
        </details>
      ) : null}
    </section>
  )
}

type HostDay = SerializeFrom<typeof loader>["experience"]["dates"][number]

function DaySection({ day: d }: { day: HostDay }) {
  const t = useT()
  const locale = useLocale()
  return (
    <section className="portal-section" aria-labelledby={`day-${d.date}`}>
      <h2 id={`day-${d.date}`}>
        {t("host.dayBookings", { date: formatDate(d.date, locale) })}
        {d.closed ? <span className="portal-muted"> · {t("host.closed")}</span> : null}
      </h2>
      <p className="portal-muted">
        {t("host.sold")}: <strong>{d.seats_sold}</strong> · {t("host.left")}: <strong>{d.closed ? 0 : d.seats_left}</strong>
      </p>
      {d.bookings.length === 0 ? <p className="empty">{t("host.dayEmpty")}</p> : <DayBookings bookings={d.bookings} />}
      {!d.closed ? <CancelDateForm date={d.date} /> : null}
    </section>
  )
}

function DayBookings({ bookings }: { bookings: HostDateBooking[] }) {
  const t = useT()
  const navigation = useNavigation()
  return (
    <div className="table-scroll">
      <table className="orders-table portal-table">
        <thead>
          <tr>
            <th scope="col">{t("host.reference")}</th>
            <th scope="col" className="num">
              {t("host.guests")}
            </th>
            <th scope="col">{t("host.lead")}</th>
            <th scope="col">{t("host.status")}</th>
          </tr>
        </thead>
        <tbody>
          {bookings.map((b) => (
            <tr key={b.reference}>
              <td data-label={t("host.reference")}>
                <Link to={`/producer/bookings/${b.reference}`}>{b.reference}</Link>
              </td>
              <td className="num" data-label={t("host.guests")}>
                {b.guests}
                {b.children ? <span className="portal-muted"> ({t("host.children", { count: b.children })})</span> : null}
              </td>
              <td data-label={t("host.lead")}>
                {b.lead_name}
                {b.lead_phone ? (
                  <>
                    {" · "}
                    <a href={`tel:${b.lead_phone}`}>{b.lead_phone}</a>
                  </>
                ) : null}
              </td>
              <td data-label={t("host.status")}>
                {b.status === "booked" ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="attended" />
                    <input type="hidden" name="reference" value={b.reference} />
                    <button type="submit" className="button button--small" disabled={navigation.state === "submitting"}>
                      {t("host.markAttended")}
                      <span className="visually-hidden"> {b.reference}</span>
                    </button>
                  </Form>
                ) : (
                  t(`host.status.${b.status}`)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Cancelling is behind a disclosure, a reason and a confirmation box: it cannot be undone. */
function CancelDateForm({ date }: { date: string }) {
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const locale = useLocale()
  const mine = actionData?.date === date
  const [form, fields] = useForm({
    id: `cancel-${date}`,
    lastResult: mine ? actionData?.result : undefined,
    constraint: cancelDateConstraint,
  })
  const introId = `cancel-${date}-intro`
  return (
    <details className="portal-cancel" open={mine || undefined}>
      <summary>{t("host.cancelDate")}</summary>
      <p id={introId}>{t("host.cancelIntro")}</p>
      <Form method="post" {...getFormProps(form)} aria-describedby={introId}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="cancel" />
        <input type="hidden" name="date" value={date} />
        <Field label={t("host.cancelReason")} id={fields.reason.id} errorId={fields.reason.errorId} errors={fields.reason.errors}>
          <textarea {...getTextareaProps(fields.reason)} rows={3} />
        </Field>
        <Field label={t("host.cancelConfirm")} id={fields.confirm.id} errorId={fields.confirm.errorId} errors={fields.confirm.errors} className="field--check">
          <input {...getInputProps(fields.confirm, { type: "checkbox" })} />
        </Field>
        <button type="submit" className="button button--danger" disabled={navigation.state === "submitting"}>
          {t("host.cancelSubmit", { date: formatDate(date, locale) })}
        </button>
      </Form>
    </details>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${data?.experience.title ?? t("host.title")} · OCOP Market`, description: t("host.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
