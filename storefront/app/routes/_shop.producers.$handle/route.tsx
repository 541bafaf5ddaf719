import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary, Problem } from "~/components/error-boundary"
import { ProductGrid } from "~/components/product-card"
import { getOcopProducer } from "~/lib/data/ocop-producers.server"
import { invariantResponse } from "~/lib/invariant"
import { loadMessages, translator, useT } from "~/lib/i18n"
import { producerTypeLabel } from "~/lib/ocop-labels"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { Breadcrumb } from "~/components/ui/breadcrumb"
import { safeHref } from "~/lib/safe-url"
import { publicPage } from "~/lib/page-cache"
import { publicOrigin } from "~/lib/public-url.server"
import { shopProducerMessageLoaders } from "~/lib/messages/shop-producer/lazy"

// This page's texts are not in the shop dictionary every page downloads (messages/shop-producer).
await loadMessages(shopProducerMessageLoaders)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = await getLocale(request)
  const producer = await getOcopProducer(params.handle ?? "", locale)
  invariantResponse(producer, "Not found", { status: 404 })
  return json({ producer, locale, url: `${publicOrigin()}/producers/${producer.handle}` })
}

export default function ProducerRoute() {
  const { producer } = useLoaderData<typeof loader>()
  const t = useT()
  const notRecorded = <span className="not-recorded">{t("common.notRecorded")}</span>
  const place = producer.commune
    ? `${producer.commune.name}, ${producer.commune.province.name}`
    : producer.province?.name ?? null
  return (
    <div className="container">
      <Breadcrumb trail={[{ to: "/", label: t("common.home") }, { to: "/products", label: t("nav.products") }]} current={producer.name} />
      <header className="page-head">
        <h1>{producer.name}</h1>
        <p>{producerTypeLabel(producer.type, t)}</p>
      </header>

      <div className="two-col">
        <section aria-labelledby="about-title">
          <h2 id="about-title">{t("producer.about")}</h2>
          <p className="description">{producer.story ?? t("producer.noStory")}</p>
        </section>
        <aside className="summary">
          <dl className="facts">
            <dt>{t("producer.type")}</dt>
            <dd>{producer.type ? producerTypeLabel(producer.type, t) : notRecorded}</dd>
            <dt>{t("producer.location")}</dt>
            <dd>{place ?? notRecorded}</dd>
            <dt>{t("producer.address")}</dt>
            <dd>{producer.address ?? notRecorded}</dd>
            {producer.commune?.former_units.length ? (
              <>
                <dt>{t("producer.formerUnits")}</dt>
                <dd>
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {producer.commune.former_units.map((u) => (
                      <li key={u.old_code + u.old_name}>
                        {[u.old_name, u.old_district_name, u.old_province_name].filter(Boolean).join(", ")}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            <dt>{t("producer.website")}</dt>
            <dd>
              {safeHref(producer.website) ? (
                <a href={safeHref(producer.website)} rel="noopener noreferrer external">
                  {producer.website?.replace(/^https?:\/\//, "")}
                </a>
              ) : producer.website ? (
                // An address that is not http(s) is shown as text, never as a link.
                <span>{producer.website}</span>
              ) : (
                notRecorded
              )}
            </dd>
          </dl>
        </aside>
      </div>

      <section className="section" aria-labelledby="producer-products">
        <h2 id="producer-products">{t("producer.products", { name: producer.name })}</h2>
        <ProductGrid products={producer.products} />
      </section>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? "vi"
  const t = translator(locale)
  if (!data) return [{ title: `${t("error.notFoundTitle")} · OCOP Market` }, { name: "robots", content: "noindex" }]
  const { producer } = data
  const description = producer.story ?? `${producer.name} · ${producerTypeLabel(producer.type, t)}`
  return seo({
    title: `${producer.name} · OCOP Market`,
    description: description.length > 160 ? `${description.slice(0, 157)}…` : description,
    url: data.url,
    image: producer.products[0]?.thumbnail,
    type: "profile",
    locale,
  })
}

export function ErrorBoundary() {
  const t = useT()
  return (
    <div className="container">
      <GeneralErrorBoundary
        statusHandlers={{ 404: () => <Problem title={t("error.notFoundTitle")} text={t("error.producerNotFound")} status={404} /> }}
      />
    </div>
  )
}

// The same for every anonymous visitor: cached briefly, revalidated by ETag (issue 18).
export const handle = publicPage
