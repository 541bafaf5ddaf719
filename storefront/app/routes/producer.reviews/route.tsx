import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { z } from "zod"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { ErrorList } from "~/components/ui/field"
import { StarRating } from "~/components/ui/star-rating"
import { listProducerReviews, orInputError, ProducerInputError, replyToProducerReview } from "~/lib/data/producer-api.server"
import { formatDate } from "~/lib/format"
import { isMessageKey, translator, useLocale, useT } from "~/lib/i18n"
import { commitProducerHeaders, getProducerSession, requireProducerToken, withProducerToken } from "~/lib/producer-session.server"
import { safeHref } from "~/lib/safe-url"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, { reviews, count }, session] = await Promise.all([
    getLocale(request),
    withProducerToken(request, listProducerReviews),
    getProducerSession(request),
  ])
  const notice = session.get("notice") ?? null
  return json({ locale, reviews, count, notice }, { headers: await commitProducerHeaders(session) })
}

const ProducerReply = z.object({
  review_id: z.string().min(1),
  reply: z.string().trim().max(1000, { message: "producerReviews.errorReply" }),
})

export async function action({ request }: ActionFunctionArgs) {
  // Signed-out visitors are sent to sign in before anything they posted is looked at.
  await requireProducerToken(request)
  const formData = await request.formData()
  const parsed = ProducerReply.safeParse({ review_id: formData.get("review_id") ?? "", reply: formData.get("reply") ?? "" })
  const form = String(formData.get("review_id") ?? "")
  if (!parsed.success) {
    return json({ form, errors: parsed.error.flatten().fieldErrors.reply ?? ["producerReviews.errorReply"] }, { status: 400 })
  }
  const saved = await withProducerToken(request, (token) =>
    orInputError(() => replyToProducerReview(token, parsed.data.review_id, parsed.data.reply))
  )
  if (saved instanceof ProducerInputError) return json({ form, errors: [saved.message] }, { status: 400 })
  const session = await getProducerSession(request)
  session.flash("notice", "producerReviews.saved")
  return redirect(`/producer/reviews#review-${parsed.data.review_id}`, { headers: await commitProducerHeaders(session) })
}

export default function ProducerReviewsRoute() {
  const { reviews, count, notice } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const locale = useLocale()
  const saving = navigation.state === "submitting" ? String(navigation.formData?.get("review_id") ?? "") : ""
  return (
    <>
      <h1>{t("producerReviews.title")}</h1>
      <p className="portal-muted">{t("producerReviews.intro")}</p>
      {notice && isMessageKey(notice) ? (
        <p className="alert alert--success" role="status">
          {t(notice)}
        </p>
      ) : null}
      {reviews.length ? (
        <>
          <p>{t("producerReviews.count", { count })}</p>
          <ul className="reviews__list">
            {reviews.map((review) => {
              const product = review.product_handle ? `/products/${review.product_handle}` : null
              const photos = review.photos.flatMap((url) => (safeHref(url) ? [safeHref(url)!] : []))
              const errors = actionData?.form === review.id ? actionData.errors : undefined
              return (
                <li key={review.id} id={`review-${review.id}`}>
                  <article className="portal-section" aria-labelledby={`review-title-${review.id}`}>
                    <h2 id={`review-title-${review.id}`} style={{ fontSize: "1.05rem", margin: "0 0 4px" }}>
                      {product ? <a href={product}>{review.product_title}</a> : review.product_title}
                    </h2>
                    <header className="buyer-review__head">
                      <span className="buyer-stars">
                        <StarRating stars={review.rating} />
                      </span>
                      <strong>{review.author_name ?? t("producerReviews.anonymous")}</strong>
                      <time dateTime={review.created_at}>{formatDate(review.created_at, locale)}</time>
                    </header>
                    {review.status === "hidden" ? (
                      <p className="alert alert--info" role="note">
                        {t("producerReviews.hidden", { reason: review.hidden_reason ?? "" })}
                      </p>
                    ) : null}
                    <p className="buyer-review__body">{review.body}</p>
                    {photos.length ? (
                      <ul className="buyer-review__photos">
                        {photos.map((url, i) => (
                          <li key={url + i}>
                            <a href={url} target="_blank" rel="noreferrer">
                              <img src={url} alt={t("producerReviews.photo", { n: i + 1 })} width={96} height={96} loading="lazy" />
                            </a>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    <Form method="post" className="buyer-review__reply-form">
                      <input type="hidden" name="review_id" value={review.id} />
                      <div className="field">
                        <label htmlFor={`reply-${review.id}`}>{t("producerReviews.reply")}</label>
                        <p className="field-hint" id={`reply-hint-${review.id}`}>
                          {t("producerReviews.replyHint")}
                        </p>
                        <textarea
                          id={`reply-${review.id}`}
                          name="reply"
                          rows={3}
                          maxLength={1000}
                          defaultValue={review.reply ?? ""}
                          aria-invalid={errors ? true : undefined}
                          aria-describedby={[`reply-hint-${review.id}`, errors ? `reply-errors-${review.id}` : ""].filter(Boolean).join(" ")}
                        />
                        <ErrorList id={`reply-errors-${review.id}`} errors={errors} />
                      </div>
                      <button type="submit" className="button button--small" disabled={saving === review.id}>
                        {saving === review.id ? t("common.loading") : t("producerReviews.save")}
                      </button>
                    </Form>
                  </article>
                </li>
              )
            })}
          </ul>
        </>
      ) : (
        <p className="empty">{t("producerReviews.empty")}</p>
      )}
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("producerReviews.title")} · OCOP Market`, description: t("producerReviews.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
