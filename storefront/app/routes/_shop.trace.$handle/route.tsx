import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary, Problem } from "~/components/error-boundary"
import { CertificateStatus } from "~/components/certificate-status"
import { CertificateFacts, OriginFacts } from "~/components/provenance-facts"
import { formatDay } from "~/components/sales-point/format-day"
import { getOcopProduct, getOcopProductLot } from "~/lib/data/ocop-products.server"
import { publicPage } from "~/lib/page-cache"
import { invariantResponse } from "~/lib/invariant"
import { qrCodeSvg } from "~/lib/qr-code.server"
import { loadMessages, translator, useLocale, useT } from "~/lib/i18n"
import { categoryName } from "~/lib/ocop"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { publicUrl } from "~/lib/public-url.server"
import { shopProductMessageLoaders } from "~/lib/messages/shop-product/lazy"

await loadMessages(shopProductMessageLoaders)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = await getLocale(request)
  const product = await getOcopProduct(params.handle ?? "", locale)
  invariantResponse(product, "Not found", { status: 404 })
  // `?lot=` is the lot printed on the pack in hand (a label's QR can carry it): its dates.
  const lotCode = (new URL(request.url).searchParams.get("lot") ?? "").trim().slice(0, 60)
  const lot = lotCode ? await getOcopProductLot(product.handle, lotCode) : null
  // The printed QR code's address: the shop's configured one, never the request's Host.
  const url = publicUrl(`/trace/${product.handle}${lot ? `?lot=${encodeURIComponent(lot.lot_code)}` : ""}`)
  const qrSvg = await qrCodeSvg(url)
  const { id, handle, title, thumbnail, ocop, producer, origin, variants } = product
  return json({ product: { id, handle, title, thumbnail, ocop, producer, origin, skus: variants.map((v) => v.sku).filter(Boolean) }, categoryName: categoryName(ocop.category, locale), locale, url, qrSvg, lot, lotCode })
}

/** The public provenance page a packaging QR code opens; laid out to print. */
export default function TraceRoute() {
  const { product, categoryName: category, url, qrSvg, lot, lotCode } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <article className="trace">
      <div className="trace__head">
        <div>
          <p className="field-hint">{t("trace.heading")}</p>
          <h1>{product.title}</h1>
          {product.skus.length ? (
            <p>
              {t("product.sku")}: {product.skus.join(", ")}
            </p>
          ) : null}
          <CertificateStatus ocop={product.ocop} />
        </div>
        <figure style={{ margin: 0, textAlign: "center" }}>
          <div role="img" aria-label={t("product.qrAlt", { url })} dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <figcaption className="field-hint">{t("trace.scan")}</figcaption>
        </figure>
      </div>
      {lot ? (
        <section className="trace__lot" aria-labelledby="trace-lot">
          <h2 id="trace-lot">{t("trace.lot.title", { lot: lot.lot_code })}</h2>
          <dl className="facts">
            {lot.produced_on ? (
              <>
                <dt>{t("trace.lot.produced")}</dt>
                <dd>{formatDay(lot.produced_on)}</dd>
              </>
            ) : null}
            {lot.expires_on ? (
              <>
                <dt>{t("trace.lot.expires")}</dt>
                <dd data-testid="trace-lot-expires">{formatDay(lot.expires_on)}</dd>
              </>
            ) : null}
          </dl>
          {lot.expired ? (
            <p className="alert" role="status">
              {t("trace.lot.expired")}
            </p>
          ) : null}
          <ul>
            {lot.received.map((r) =>
              r.sales_point ? (
                <li key={`${r.sales_point.handle}-${r.received_at}`}>
                  {t("trace.lot.receivedAt", { point: r.sales_point.name, date: new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(r.received_at)) })}
                </li>
              ) : null
            )}
          </ul>
        </section>
      ) : lotCode ? (
        <p className="field-hint" role="status">
          {t("trace.lot.notFound", { lot: lotCode })}
        </p>
      ) : null}
      <h2>{t("product.certificate")}</h2>
      <CertificateFacts ocop={product.ocop} category={category} />
      <h2 style={{ marginTop: 18 }}>{t("product.origin")}</h2>
      <OriginFacts origin={product.origin} producer={product.producer} />
      <p className="field-hint" style={{ marginTop: 18 }}>
        {url}
      </p>
      <p className="no-print" style={{ display: "flex", gap: 10, flexWrap: "wrap" }}>
        <Link to={`/products/${product.handle}`} className="button">
          {t("trace.shop")}
        </Link>
        <span className="field-hint">{t("trace.printHint")}</span>
      </p>
    </article>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? "vi"
  const t = translator(locale)
  if (!data) return [{ title: `${t("error.notFoundTitle")} · OCOP Market` }, { name: "robots", content: "noindex" }]
  return seo({
    title: t("trace.title", { title: data.product.title }),
    description: `${data.product.title} · ${[data.product.origin.commune_name, data.product.origin.province_name].filter(Boolean).join(", ")}`,
    url: data.url,
    image: data.product.thumbnail,
    locale,
  })
}

export function ErrorBoundary() {
  const t = useT()
  return (
    <div className="container">
      <GeneralErrorBoundary
        statusHandlers={{ 404: () => <Problem title={t("error.notFoundTitle")} text={t("error.productNotFound")} status={404} /> }}
      />
    </div>
  )
}

// The same for every anonymous visitor: cached briefly, revalidated by ETag (issue 18).
export const handle = publicPage
