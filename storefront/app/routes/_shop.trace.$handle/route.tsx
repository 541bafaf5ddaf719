import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary, Problem } from "~/components/error-boundary"
import { CertificateFacts, CertificateStatus, OriginFacts } from "~/components/provenance-facts"
import { getOcopProduct } from "~/lib/data/ocop-products.server"
import { publicPage } from "~/lib/page-cache"
import { invariantResponse } from "~/lib/invariant"
import { qrCodeSvg } from "~/lib/qr-code.server"
import { translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { publicUrl } from "~/lib/public-url.server"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = await getLocale(request)
  const product = await getOcopProduct(params.handle ?? "", locale)
  invariantResponse(product, "Not found", { status: 404 })
  // The printed QR code's address: the shop's configured one, never the request's Host.
  const url = publicUrl(`/trace/${product.handle}`)
  const qrSvg = await qrCodeSvg(url)
  const { id, handle, title, thumbnail, ocop, producer, origin, variants } = product
  return json({ product: { id, handle, title, thumbnail, ocop, producer, origin, skus: variants.map((v) => v.sku).filter(Boolean) }, locale, url, qrSvg })
}

/** The public provenance page a packaging QR code opens; laid out to print. */
export default function TraceRoute() {
  const { product, url, qrSvg } = useLoaderData<typeof loader>()
  const t = useT()
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
      <h2>{t("product.certificate")}</h2>
      <CertificateFacts ocop={product.ocop} />
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
