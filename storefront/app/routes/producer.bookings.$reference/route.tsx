import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { getHostBooking, markBookingAttended, orInputError, ProducerInputError } from "~/lib/data/producer-api.server"
import { formatDate } from "~/lib/format"
import { isMessageKey, translator, useLocale, useT } from "~/lib/i18n"
import { invariantResponse } from "~/lib/invariant"
import { commitProducerHeaders, getProducerSession, requireProducerToken, withProducerToken } from "~/lib/producer-session.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"

// The voucher's QR code opens this page: a signed-out host is sent to sign in and back
// here (withProducerToken), and sees the booking only if it is for one of their experiences.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const [locale, booking, session] = await Promise.all([
    getLocale(request),
    withProducerToken(request, (token) => getHostBooking(token, params.reference ?? "")),
    getProducerSession(request),
  ])
  invariantResponse(booking, "Not found", { status: 404 })
  const notice = session.get("notice") ?? null
  return json({ locale, booking, notice }, { headers: await commitProducerHeaders(session) })
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireProducerToken(request)
  const reference = params.reference ?? ""
  const saved = await withProducerToken(request, (token) => orInputError(() => markBookingAttended(token, reference)))
  if (saved instanceof ProducerInputError) return json({ error: saved.message }, { status: 400 })
  const session = await getProducerSession(request)
  session.flash("notice", translator(await getLocale(request))("host.attendedSaved", { reference: saved.reference }))
  return redirect(`/producer/bookings/${saved.reference}`, { headers: await commitProducerHeaders(session) })
}

export default function HostBookingRoute() {
  const { booking, notice } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const locale = useLocale()
  return (
    <section className="narrow" aria-labelledby="host-booking-title">
      <p>
        <Link to={`/producer/experiences/${booking.experience_id}`}>← {booking.experience_title ?? t("host.back")}</Link>
      </p>
      <h1 id="host-booking-title">{t("host.booking.title", { reference: booking.reference })}</h1>
      {notice ? (
        <p className="alert alert--success" role="status">
          {isMessageKey(notice) ? t(notice) : notice}
        </p>
      ) : null}
      {actionData?.error ? (
        <p className="alert alert--error" role="alert">
          {actionData.error}
        </p>
      ) : null}
      <dl className="facts portal-facts">
        <dt>{t("host.booking.experience")}</dt>
        <dd>{booking.experience_title}</dd>
        <dt>{t("host.date")}</dt>
        <dd>
          {formatDate(booking.date, locale)}
          {booking.start_time ? ` · ${booking.start_time}` : null}
        </dd>
        <dt>{t("host.guests")}</dt>
        <dd>
          {booking.guests}
          {booking.children ? ` (${t("host.children", { count: booking.children })})` : null}
        </dd>
        <dt>{t("host.lead")}</dt>
        <dd>{booking.lead_name}</dd>
        <dt>{t("host.phone")}</dt>
        <dd>{booking.lead_phone ? <a href={`tel:${booking.lead_phone}`}>{booking.lead_phone}</a> : "—"}</dd>
        <dt>{t("host.status")}</dt>
        <dd>
          <strong>{t(`host.status.${booking.status}`)}</strong>
        </dd>
        {booking.status === "cancelled" && booking.cancel_reason ? (
          <>
            <dt>{t("host.booking.cancelReason")}</dt>
            <dd>{booking.cancel_reason}</dd>
          </>
        ) : null}
      </dl>
      {booking.status === "booked" ? (
        <Form method="post">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t("host.markAttended")}
          </button>
        </Form>
      ) : null}
    </section>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({
    title: `${data ? t("host.booking.title", { reference: data.booking.reference }) : t("host.title")} · OCOP Market`,
    description: t("host.intro"),
    noindex: true,
    locale: data?.locale,
  })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary statusHandlers={{ 404: () => <BookingNotFound /> }} />
}

/** A reference another host's, mistyped or unknown: say so without telling which. */
function BookingNotFound() {
  const t = useT()
  return (
    <section className="narrow">
      <h1>{t("error.notFoundTitle")}</h1>
      <p>{t("host.booking.notFound")}</p>
      <p>
        <Link to="/producer/experiences">{t("host.back")}</Link>
      </p>
    </section>
  )
}
