import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { ReviewBadge } from "~/components/producer/review-badge"
import { StarRating } from "~/components/ui/star-rating"
import { getProducerProfile, listProducerListings, listProducerOrders } from "~/lib/data/producer-api.server"
import { formatDate, formatVnd } from "~/lib/format"
import { translator, useLocale, useT } from "~/lib/i18n"
import { withProducerToken } from "~/lib/producer-session.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { countByReview, expiringCertificates, recentOrderLines } from "./portal-overview"

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, [profile, listings, orders]] = await Promise.all([
    getLocale(request),
    withProducerToken(request, (token) =>
      Promise.all([getProducerProfile(token), listProducerListings(token), listProducerOrders(token)])
    ),
  ])
  return json({
    locale,
    producerName: profile.producer.name,
    byReview: countByReview(listings),
    expiring: expiringCertificates(listings, new Date()),
    recentLines: recentOrderLines(orders.orders),
  })
}

export default function ProducerOverviewRoute() {
  const { producerName, byReview, expiring, recentLines } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <div className="portal-head">
        <h1>{t("producerPortal.overview.hello", { name: producerName })}</h1>
        <Link to="/producer/listings/new" className="button">
          {t("producerPortal.listings.new")}
        </Link>
      </div>
      <div className="portal-cards">
        <section className="portal-card" aria-labelledby="by-review">
          <h2 id="by-review">{t("producerPortal.overview.listings")}</h2>
          {byReview.length ? (
            <ul className="portal-counts">
              {byReview.map(({ status, count }) => (
                <li key={status}>
                  <ReviewBadge status={status} /> <strong>{count}</strong>
                </li>
              ))}
            </ul>
          ) : (
            <p className="portal-empty">{t("producerPortal.overview.noListings")}</p>
          )}
          <p>
            <Link to="/producer/listings">{t("common.viewAll")}</Link>
          </p>
        </section>
        <section className="portal-card" aria-labelledby="expiring">
          <h2 id="expiring">{t("producerPortal.overview.expiring")}</h2>
          {expiring.length ? (
            <ul className="portal-list">
              {expiring.map((c) => (
                <li key={c.product_id}>
                  <Link to={`/producer/listings/${c.product_id}`}>{c.title}</Link> <StarRating stars={c.stars} />{" "}
                  <span className="portal-muted">{t("producerPortal.overview.expiresOn", { date: formatDate(c.valid_until, locale) })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="portal-empty">{t("producerPortal.overview.noExpiring")}</p>
          )}
        </section>
      </div>
      <section className="portal-section" aria-labelledby="recent-orders">
        <h2 id="recent-orders">{t("producerPortal.overview.recentOrders")}</h2>
        {recentLines.length ? (
          <div className="table-scroll">
            <table className="orders-table portal-table">
              <thead>
                <tr>
                  <th scope="col">{t("producerPortal.orders.order")}</th>
                  <th scope="col">{t("producerPortal.orders.date")}</th>
                  <th scope="col">{t("producerPortal.orders.product")}</th>
                  <th scope="col" className="num">
                    {t("producerPortal.orders.quantity")}
                  </th>
                  <th scope="col" className="num">
                    {t("producerPortal.orders.unitPrice")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {recentLines.map((line) => (
                  <tr key={line.id}>
                    <td data-label={t("producerPortal.orders.order")}>#{line.display_id}</td>
                    <td data-label={t("producerPortal.orders.date")}>{formatDate(line.created_at, locale)}</td>
                    <td data-label={t("producerPortal.orders.product")}>
                      <span>
                        {line.product_title}
                        {line.variant_title ? <span className="portal-muted"> · {line.variant_title}</span> : null}
                      </span>
                    </td>
                    <td className="num" data-label={t("producerPortal.orders.quantity")}>
                      {line.quantity}
                    </td>
                    <td className="num" data-label={t("producerPortal.orders.unitPrice")}>
                      {formatVnd(line.unit_price)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="empty">{t("producerPortal.orders.empty")}</p>
        )}
        <p>
          <Link to="/producer/orders">{t("producerPortal.overview.allOrders")}</Link>
        </p>
      </section>
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("producerPortal.title")} · OCOP Market`, description: t("producerPortal.login.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
