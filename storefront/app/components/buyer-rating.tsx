import { formatScore } from "~/lib/format"
import { useLocale, useT } from "~/lib/i18n"
import type { OcopProductRating } from "~/lib/ocop-types"

/**
 * Buyers' stars as one amber star and the mean ("★ 4,5 (12)"), drawn unlike the OCOP
 * badge's row of stars: the certificate's stars are the office's score, these are buyers'.
 */
export function BuyerRating({ rating }: { rating: OcopProductRating }) {
  const t = useT()
  const locale = useLocale()
  if (!rating.count || rating.average === null) return null
  const average = formatScore(rating.average, locale)
  return (
    <span className="buyer-rating">
      <span aria-hidden="true">
        <span className="buyer-rating__star">★</span> {average} ({rating.count})
      </span>
      <span className="visually-hidden">{t("review.cardRating", { average, count: rating.count })}</span>
    </span>
  )
}
