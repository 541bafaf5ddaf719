import { formatDate, formatScore } from "~/lib/format"
import { useLocale, useT } from "~/lib/i18n"
import type { OcopProductRating, OcopProductReview } from "~/lib/ocop-types"
import { safeHref } from "~/lib/safe-url"
import { StarRating } from "./ui/star-rating"

/** The product page's reviews: the mean, then each buyer's stars, words, photos and the producer's reply. */
export function ProductReviews({ rating, reviews }: { rating: OcopProductRating; reviews: OcopProductReview[] }) {
  const t = useT()
  const locale = useLocale()
  return (
    <section className="reviews" id="reviews" aria-labelledby="reviews-title">
      <h2 id="reviews-title">{t("review.title")}</h2>
      {rating.count > 0 && rating.average !== null ? (
        <p className="reviews__summary buyer-stars">
          <StarRating stars={Math.round(rating.average)} />{" "}
          <strong>{t("review.summary", { average: formatScore(rating.average, locale), count: rating.count })}</strong>
        </p>
      ) : (
        <p className="field-hint">{t("review.none")}</p>
      )}
      {reviews.length ? (
        <ul className="reviews__list">
          {reviews.map((review) => {
            const photos = review.photos.flatMap((url) => {
              const safe = safeHref(url)
              return safe ? [safe] : []
            })
            return (
              <li key={review.id}>
                <article className="buyer-review">
                  <header className="buyer-review__head">
                    <span className="buyer-stars">
                      <StarRating stars={review.rating} />
                    </span>
                    <strong>{review.author_name ?? t("review.anonymous")}</strong>
                    <span className="buyer-review__verified">{t("review.verified")}</span>
                    <time dateTime={review.created_at}>{formatDate(review.created_at, locale)}</time>
                  </header>
                  <p className="buyer-review__body">{review.body}</p>
                  {photos.length ? (
                    <ul className="buyer-review__photos">
                      {photos.map((url, i) => (
                        <li key={url + i}>
                          <a href={url} target="_blank" rel="noreferrer">
                            <img src={url} alt={t("review.photo", { n: i + 1 })} width={96} height={96} loading="lazy" decoding="async" />
                          </a>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {review.reply ? (
                    <div className="buyer-review__reply">
                      <strong>{t("review.reply")}</strong>
                      <p>{review.reply}</p>
                    </div>
                  ) : null}
                </article>
              </li>
            )
          })}
        </ul>
      ) : null}
    </section>
  )
}
