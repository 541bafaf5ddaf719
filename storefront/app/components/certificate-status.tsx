import { formatDate } from "~/lib/format"
import { useLocale, useT } from "~/lib/i18n"
import { isCurrentOcop } from "~/lib/ocop-labels"
import type { OcopCertificateSummary } from "~/lib/ocop-types"
import { StarRating } from "./ui/star-rating"

// Apart from the provenance facts (provenance-facts.tsx): the product page shows the
// status near the title and loads the facts below the fold after the page.
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
