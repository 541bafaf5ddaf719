import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { ReviewBadge } from "~/components/producer/review-badge"
import { listProducerListings } from "~/lib/data/producer-api.server"
import { formatVnd } from "~/lib/format"
import { isMessageKey, translator, useT } from "~/lib/i18n"
import { commitProducerHeaders, getProducerSession, withProducerToken } from "~/lib/producer-session.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { safeHref } from "~/lib/safe-url"

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, listings, session] = await Promise.all([
    getLocale(request),
    withProducerToken(request, listProducerListings),
    getProducerSession(request),
  ])
  const notice = session.get("notice") ?? null
  return json({ locale, listings, notice }, { headers: await commitProducerHeaders(session) })
}

function lowestPrice(variants: { price_vnd: number | null }[]): number | null {
  const prices = variants.map((v) => v.price_vnd).filter((p): p is number => p != null)
  return prices.length ? Math.min(...prices) : null
}

export default function ProducerListingsRoute() {
  const { listings, notice } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <>
      <div className="portal-head">
        <h1>{t("producerPortal.listings.title")}</h1>
        <Link to="/producer/listings/new" className="button">
          {t("producerPortal.listings.new")}
        </Link>
      </div>
      {notice && isMessageKey(notice) ? (
        <p className="alert alert--success" role="status">
          {t(notice)}
        </p>
      ) : null}
      {listings.length === 0 ? (
        <p className="empty">{t("producerPortal.listings.empty")}</p>
      ) : (
        <ul className="listing-rows">
          {listings.map((l) => {
            const price = lowestPrice(l.variants)
            return (
              <li key={l.id} className="listing-row">
                <div className="listing-row__image">
                  {safeHref(l.thumbnail ?? l.images[0]) ? <img src={safeHref(l.thumbnail ?? l.images[0])} alt="" width={96} height={72} /> : null}
                </div>
                <div className="listing-row__main">
                  <h2>{l.title}</h2>
                  <p className="portal-muted">
                    {price != null ? t("common.from", { price: formatVnd(price) }) : t("common.noPrice")} ·{" "}
                    {l.status === "published" ? (
                      <Link to={`/products/${l.handle}`}>{t("producerPortal.listings.viewInStore")}</Link>
                    ) : (
                      t("producerPortal.listings.draft")
                    )}
                  </p>
                  <ReviewBadge status={l.review.status} reason={l.review.status === "rejected" ? l.review.reason : null} />
                </div>
                <div className="listing-row__actions">
                  <Link to={`/producer/listings/${l.id}`} className="button button--ghost button--small" aria-label={t("producerPortal.listings.edit", { title: l.title })}>
                    {t("producerPortal.listings.editShort")}
                  </Link>
                  <Link
                    to={`/producer/listings/${l.id}/certificate`}
                    className="button button--small"
                    aria-label={t("producerPortal.listings.certify", { title: l.title })}
                  >
                    {t("producerPortal.listings.certifyShort")}
                  </Link>
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("producerPortal.listings.title")} · OCOP Market`, description: t("producerPortal.listing.newIntro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
