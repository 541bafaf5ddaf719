import { Link } from "@remix-run/react"
import { Fragment, type ReactNode } from "react"
import { formatDate, formatScore } from "~/lib/format"
import { useLocale, useT } from "~/lib/i18n"
import { isCurrentOcop, issuingLevelLabel, producerTypeLabel } from "~/lib/ocop-labels"
import type { OcopCertificateSummary, OcopOrigin, OcopProducerSummary } from "~/lib/ocop-types"
import { StarRating } from "./ui/star-rating"

type FactRow = { term: string; value: ReactNode }

/**
 * Facts that are known, then one line naming those the record leaves out: four
 * "chưa ghi nhận" in a row under "5 sao, còn hiệu lực" read as doubt about the
 * certificate, when they only say what the published record does not give.
 */
function FactList({ facts }: { facts: FactRow[] }) {
  const t = useT()
  const locale = useLocale()
  const known = facts.filter((f) => f.value !== null && f.value !== undefined && f.value !== "")
  const unknown = facts.filter((f) => !known.includes(f)).map((f) => f.term.toLocaleLowerCase(locale))
  return (
    <>
      <dl className="facts">
        {known.map((f) => (
          <Fragment key={f.term}>
            <dt>{f.term}</dt>
            <dd>{f.value}</dd>
          </Fragment>
        ))}
      </dl>
      {unknown.length ? (
        <p className="facts-unknown not-recorded">
          {t("provenance.unrecorded", { facts: unknown.join(", ") })}
        </p>
      ) : null}
    </>
  )
}

/**
 * `category`: the criteria set's name in the page's language, from the loader
 * (lib/ocop's categoryName), so the taxonomy stays on the server.
 */
export function CertificateFacts({ ocop, category }: { ocop: OcopCertificateSummary; category: string | null }) {
  const t = useT()
  const locale = useLocale()
  const current = isCurrentOcop(ocop)
  const facts: FactRow[] = [
    {
      term: t("product.stars"),
      value: current ? (
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
      ),
    },
    {
      term: t("product.score"),
      value: ocop.score !== null ? t("product.scoreValue", { score: formatScore(ocop.score, locale) }) : null,
    },
    {
      term: t("product.decision"),
      value: ocop.decision_number
        ? ocop.decision_date
          ? t("product.decisionOn", { number: ocop.decision_number, date: formatDate(ocop.decision_date, locale) })
          : ocop.decision_number
        : null,
    },
    { term: t("product.issuingBody"), value: ocop.issuing_body },
    { term: t("product.issuingLevel"), value: ocop.issuing_level ? issuingLevelLabel(ocop.issuing_level, t) : null },
    { term: t("product.recognizedYear"), value: ocop.recognized_year },
    { term: t("product.validUntil"), value: ocop.valid_until ? formatDate(ocop.valid_until, locale) : null },
    {
      term: t("product.category"),
      value: category ? (ocop.category.set ? `${ocop.category.set} · ${category}` : category) : null,
    },
  ]
  return <FactList facts={facts} />
}

export function OriginFacts({ origin, producer }: { origin: OcopOrigin; producer: OcopProducerSummary | null }) {
  const t = useT()
  const today = [origin.commune_name, origin.province_name].filter(Boolean).join(", ")
  const facts: FactRow[] = [
    {
      term: t("product.producer"),
      value: producer ? <Link to={`/producers/${producer.handle}`}>{producer.name}</Link> : null,
    },
    { term: t("product.producerType"), value: producer?.type ? producerTypeLabel(producer.type, t) : null },
    {
      term: t("product.commune"),
      // The record's own reason, when it gives one, is worth its row.
      value:
        origin.commune_name ??
        (origin.note ? <span className="not-recorded">{`${t("common.notRecorded")} (${origin.note})`}</span> : null),
    },
    { term: t("product.province"), value: origin.province_name },
  ]
  if (origin.address_as_certified && origin.address_as_certified !== today)
    facts.push({ term: t("product.addressAsCertified"), value: origin.address_as_certified })
  return <FactList facts={facts} />
}
