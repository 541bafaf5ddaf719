import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { listHostExperiences } from "~/lib/data/producer-api.server"
import { formatDate } from "~/lib/format"
import { translator, useLocale, useT } from "~/lib/i18n"
import { withProducerToken } from "~/lib/producer-session.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, experiences] = await Promise.all([getLocale(request), withProducerToken(request, listHostExperiences)])
  return json({ locale, experiences })
}

export default function HostExperiencesRoute() {
  const { experiences } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <h1>{t("host.title")}</h1>
      <p className="portal-muted">{t("host.intro")}</p>
      {experiences.length === 0 ? <p className="empty">{t("host.empty")}</p> : null}
      {experiences.map((experience) => (
        <section key={experience.id} className="portal-section" aria-labelledby={`experience-${experience.id}`}>
          <h2 id={`experience-${experience.id}`}>{experience.title}</h2>
          <p className="portal-muted">{t("host.meetAt", { time: experience.start_time, place: experience.meeting_point })}</p>
          {experience.dates.length === 0 ? (
            <p className="empty">{t("host.noDates")}</p>
          ) : (
            <div className="table-scroll">
              <table className="orders-table portal-table">
                <thead>
                  <tr>
                    <th scope="col">{t("host.date")}</th>
                    <th scope="col" className="num">
                      {t("host.sold")}
                    </th>
                    <th scope="col" className="num">
                      {t("host.left")}
                    </th>
                    <th scope="col" className="num">
                      {t("host.groups")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {experience.dates.map((d) => (
                    <tr key={d.date}>
                      <td data-label={t("host.date")}>
                        {formatDate(d.date, locale)}
                        {d.closed ? <span className="portal-muted"> · {t("host.closed")}</span> : null}
                      </td>
                      <td className="num" data-label={t("host.sold")}>
                        {d.seats_sold}
                      </td>
                      <td className="num" data-label={t("host.left")}>
                        {d.closed ? 0 : d.seats_left}
                      </td>
                      <td className="num" data-label={t("host.groups")}>
                        {d.bookings_count}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p>
            <Link to={`/producer/experiences/${experience.id}`}>{t("host.open")}</Link>
          </p>
        </section>
      ))}
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("host.title")} · OCOP Market`, description: t("host.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
