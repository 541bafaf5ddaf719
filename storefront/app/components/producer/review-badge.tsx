import type { ReviewStatus } from "~/lib/data/producer-api.server"
import { useT } from "~/lib/i18n"

/** A listing's review state in words and colour, with the office's reason when it gave one. */
export function ReviewBadge({ status, reason }: { status: ReviewStatus; reason?: string | null }) {
  const t = useT()
  return (
    <span className="review">
      <span className={`review-badge review-badge--${status}`}>{t(`producerPortal.review.${status}`)}</span>
      {reason ? <span className="review__reason">{t("producerPortal.review.reason", { reason })}</span> : null}
    </span>
  )
}
