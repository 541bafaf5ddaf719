import { Link } from "@remix-run/react"
import { CertificateFacts, OriginFacts } from "~/components/provenance-facts"
import { formatDate, formatScore } from "~/lib/format"
import { useLocale, useT } from "~/lib/i18n"
import type { OcopProductDetail } from "~/lib/ocop-types"

/**
 * The product's OCOP provenance below the fold (route.tsx loads it after the page): the
 * certificate and origin facts, the QR code to the trace page, and the certificate's
 * earlier years.
 */
export function ProvenanceSection({
  product,
  category,
  traceUrl,
  qrSvg,
}: {
  product: Pick<OcopProductDetail, "handle" | "ocop" | "origin" | "producer" | "certification_history">
  category: string | null
  traceUrl: string
  qrSvg: string
}) {
  const t = useT()
  const locale = useLocale()
  return (
    <section className="provenance" aria-labelledby="provenance-title">
      <h2 id="provenance-title">{t("product.provenance")}</h2>
      <div className="provenance__grid">
        <div>
          <h3>{t("product.certificate")}</h3>
          <CertificateFacts ocop={product.ocop} category={category} />
          <h3 style={{ marginTop: 18 }}>{t("product.origin")}</h3>
          <OriginFacts origin={product.origin} producer={product.producer} />
        </div>
        <aside className="qr" aria-labelledby="trace-title">
          <h3 id="trace-title">{t("product.trace")}</h3>
          <div role="img" aria-label={t("product.qrAlt", { url: traceUrl })} dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <p>{t("product.traceText")}</p>
          <Link to={`/trace/${product.handle}`} className="button button--ghost button--small">
            {t("product.traceLink")}
          </Link>
        </aside>
      </div>

      {product.certification_history.length > 1 ? (
        <>
          <h3 style={{ marginTop: 20 }}>{t("product.history")}</h3>
          <div className="table-scroll">
            <table className="history">
              <thead>
                <tr>
                  <th scope="col">{t("product.historyYear")}</th>
                  <th scope="col">{t("product.stars")}</th>
                  <th scope="col">{t("product.score")}</th>
                  <th scope="col">{t("product.decision")}</th>
                  <th scope="col">{t("product.validUntil")}</th>
                  <th scope="col">{t("product.historyStatus")}</th>
                </tr>
              </thead>
              <tbody>
                {product.certification_history.map((c) => (
                  <tr key={c.id}>
                    <td>{c.recognized_year ?? t("common.notRecorded")}</td>
                    <td>{t("stars.label", { stars: c.stars })}</td>
                    <td>{c.score !== null ? formatScore(c.score, locale) : t("common.notRecorded")}</td>
                    <td>{c.decision_number ?? t("common.notRecorded")}</td>
                    <td>{c.valid_until ? formatDate(c.valid_until, locale) : t("common.notRecorded")}</td>
                    <td>{t(`product.status.${c.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  )
}
