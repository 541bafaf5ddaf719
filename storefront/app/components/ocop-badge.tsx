import { useT } from "~/lib/i18n"
import { isCurrentOcop } from "~/lib/ocop-labels"
import type { OcopCertificateSummary } from "~/lib/ocop-types"
import { StarRating } from "./ui/star-rating"

/**
 * The OCOP mark only while the certificate is valid; an expired one is shown as
 * history ("Đã đạt 4 sao năm 2022"), never as a current claim.
 */
export function OcopBadge({ ocop }: { ocop: Pick<OcopCertificateSummary, "stars" | "status" | "recognized_year"> }) {
  const t = useT()
  if (isCurrentOcop(ocop)) {
    return (
      <span className="ocop-badge ocop-badge--current">
        <span className="ocop-badge__mark">OCOP</span>
        <StarRating stars={ocop.stars} />
        <span className="visually-hidden">{t("stars.ocopBadge", { stars: ocop.stars })}</span>
      </span>
    )
  }
  return (
    <span className="ocop-badge ocop-badge--history">
      <span>
        {ocop.recognized_year
          ? t("stars.history", { stars: ocop.stars, year: ocop.recognized_year })
          : t("stars.historyNoYear", { stars: ocop.stars })}
      </span>
      <span className="ocop-badge__expired">{t("stars.expiredShort")}</span>
    </span>
  )
}
