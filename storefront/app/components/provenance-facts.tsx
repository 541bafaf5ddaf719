import { Link } from "@remix-run/react"
import type { ReactNode } from "react"
import { formatDate, formatScore } from "~/lib/format"
import { useLocale, useT } from "~/lib/i18n"
import { categoryName, isCurrentOcop, issuingLevelLabel, producerTypeLabel } from "~/lib/ocop"
import type { OcopCertificateSummary, OcopOrigin, OcopProducerSummary } from "~/lib/ocop-types"
import { StarRating } from "./ui/star-rating"

function NotRecorded({ note }: { note?: string | null }) {
  const t = useT()
  return (
    <span className="not-recorded">
      {t("common.notRecorded")}
      {note ? ` (${note})` : ""}
    </span>
  )
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children ?? <NotRecorded />}</dd>
    </>
  )
}

/** The current certificate, or the notice that it expired (stars then only as history). */
export function CertificateStatus({ ocop }: { ocop: OcopCertificateSummary }) {
  const t = useT()
  const locale = useLocale()
  if (isCurrentOcop(ocop)) {
    return (
      <p className="current-cert">
        <StarRating stars={ocop.stars} />
        <span>{t("product.currentBadge", { stars: ocop.stars })}</span>
      </p>
    )
  }
  return (
    <div className="alert alert--warn" role="note" aria-labelledby="expired-title">
      <p id="expired-title">
        <strong>{t("product.expiredTitle")}</strong>
      </p>
      <p>
        {ocop.valid_until
          ? t("product.expiredOn", { date: formatDate(ocop.valid_until, locale) })
          : t("product.expiredNoDate")}
      </p>
      <p>{t("product.expiredExplain")}</p>
    </div>
  )
}

export function CertificateFacts({ ocop }: { ocop: OcopCertificateSummary }) {
  const t = useT()
  const locale = useLocale()
  const current = isCurrentOcop(ocop)
  const category = categoryName(ocop.category, locale)
  return (
    <dl className="facts">
      <Fact term={t("product.stars")}>
        {current ? (
          <>
            <StarRating stars={ocop.stars} /> {t("stars.label", { stars: ocop.stars })}
          </>
        ) : (
          <>
            <StarRating stars={ocop.stars} muted />{" "}
            {ocop.recognized_year
              ? t("stars.history", { stars: ocop.stars, year: ocop.recognized_year })
              : t("stars.historyNoYear", { stars: ocop.stars })}
          </>
        )}
      </Fact>
      <Fact term={t("product.score")}>
        {ocop.score !== null ? t("product.scoreValue", { score: formatScore(ocop.score, locale) }) : null}
      </Fact>
      <Fact term={t("product.decision")}>
        {ocop.decision_number
          ? ocop.decision_date
            ? t("product.decisionOn", { number: ocop.decision_number, date: formatDate(ocop.decision_date, locale) })
            : ocop.decision_number
          : null}
      </Fact>
      <Fact term={t("product.issuingBody")}>{ocop.issuing_body}</Fact>
      <Fact term={t("product.issuingLevel")}>
        {ocop.issuing_level ? issuingLevelLabel(ocop.issuing_level, t) : null}
      </Fact>
      <Fact term={t("product.recognizedYear")}>{ocop.recognized_year}</Fact>
      <Fact term={t("product.validUntil")}>{ocop.valid_until ? formatDate(ocop.valid_until, locale) : null}</Fact>
      <Fact term={t("product.category")}>
        {category ? (ocop.category.set ? `${ocop.category.set} · ${category}` : category) : null}
      </Fact>
    </dl>
  )
}

export function OriginFacts({ origin, producer }: { origin: OcopOrigin; producer: OcopProducerSummary | null }) {
  const t = useT()
  const today = [origin.commune_name, origin.province_name].filter(Boolean).join(", ")
  return (
    <dl className="facts">
      <Fact term={t("product.producer")}>
        {producer ? <Link to={`/producers/${producer.handle}`}>{producer.name}</Link> : null}
      </Fact>
      <Fact term={t("product.producerType")}>{producer?.type ? producerTypeLabel(producer.type, t) : null}</Fact>
      <Fact term={t("product.commune")}>{origin.commune_name ?? <NotRecorded note={origin.note} />}</Fact>
      <Fact term={t("product.province")}>{origin.province_name}</Fact>
      {origin.address_as_certified && origin.address_as_certified !== today ? (
        <Fact term={t("product.addressAsCertified")}>{origin.address_as_certified}</Fact>
      ) : null}
    </dl>
  )
}
