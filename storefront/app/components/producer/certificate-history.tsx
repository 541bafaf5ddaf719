import type { ProducerCertification } from "~/lib/data/producer-api.server"
import { formatDate, formatScore } from "~/lib/format"
import { useLocale, useT } from "~/lib/i18n"
import { issuingLevelLabel } from "~/lib/ocop-labels"
import { StarRating } from "../ui/star-rating"
import { ReviewBadge } from "./review-badge"

/** Every certificate sent for a listing, newest first, with the office's decision and reason. */
export function CertificateHistory({ certifications }: { certifications: ProducerCertification[] }) {
  const t = useT()
  const locale = useLocale()
  if (!certifications.length) return <p className="empty">{t("producerPortal.listing.noCertificates")}</p>
  return (
    <ul className="cert-history">
      {certifications.map((c) => (
        <li key={c.id}>
          <StarRating stars={c.stars} /> {c.score != null ? <span>{formatScore(c.score, locale)}</span> : null}{" "}
          <span>
            {t("producerPortal.listing.certificateRow", {
              number: c.decision_number ?? t("common.notRecorded"),
              date: c.decision_date ? formatDate(c.decision_date, locale) : t("common.notRecorded"),
            })}{" "}
            · {issuingLevelLabel(c.issuing_level, t)}
          </span>{" "}
          <ReviewBadge status={c.status} reason={c.status === "rejected" || c.status === "revoked" ? c.status_reason : null} />
        </li>
      ))}
    </ul>
  )
}
