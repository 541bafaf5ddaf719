import { FetchError } from "@medusajs/js-sdk"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { AccountNav } from "~/components/account-nav"
import { GeneralErrorBoundary, Problem } from "~/components/error-boundary"
import { Breadcrumb } from "~/components/ui/breadcrumb"
import { ErrorList } from "~/components/ui/field"
import { getOrder } from "~/lib/data/orders.server"
import { createReview, getOrderReviews, uploadReviewPhotos } from "~/lib/data/reviews.server"
import { loadMessages, translator, useT } from "~/lib/i18n"
import { invariantResponse } from "~/lib/invariant"
import { safeHref } from "~/lib/safe-url"
import { seo } from "~/lib/seo"
import { commitHeaders, getLocale, getSession, requireCustomerToken } from "~/lib/session.server"
// Only the action parses (zod stays on the server); the page needs the error type alone.
import { parseReview, type ReviewErrors } from "./review-schema"
import { shopReviewMessageLoaders } from "~/lib/messages/shop-review/lazy"
import { shopOrdersMessageLoaders } from "~/lib/messages/shop-orders/lazy"
import { ordersMessageLoaders } from "~/lib/messages/orders/lazy"

// This page's texts are not in the shop dictionary every page downloads (messages/shop-review).
await loadMessages(shopReviewMessageLoaders, shopOrdersMessageLoaders, ordersMessageLoaders)

/** The line to review, if it is the signed-in buyer's, with where its review stands. */
async function lineToReview(request: Request, orderId: string, lineId: string) {
  const token = await requireCustomerToken(request)
  const session = await getSession(request)
  const order = await getOrder(orderId, token)
  invariantResponse(order && order.customer_id === session.get("customerId"), "Not found", { status: 404 })
  const item = (order.items ?? []).find((i) => i.id === lineId)
  const reviews = await getOrderReviews(order.id, token)
  const line = reviews?.lines.find((l) => l.line_item_id === lineId)
  invariantResponse(item && line, "Not found", { status: 404 })
  return { token, order, item, line }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [{ order, item, line }, locale] = await Promise.all([
    lineToReview(request, params.id ?? "", params.lineId ?? ""),
    getLocale(request),
  ])
  return json({
    locale,
    order: { id: order.id, display_id: order.display_id },
    item: { title: item.product_title ?? item.title, variant: item.variant_title ?? null, thumbnail: item.thumbnail ?? null },
    status: line.status,
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, order, line } = await lineToReview(request, params.id ?? "", params.lineId ?? "")
  const { value, errors } = parseReview(await request.formData())
  if (!value) return json({ errors }, { status: 400 })
  const fail = (field: keyof ReviewErrors, message: string) => json({ errors: { [field]: [message] } as ReviewErrors }, { status: 400 })
  try {
    const photos = value.photos.length ? await uploadReviewPhotos(token, value.photos) : []
    await createReview(token, { order_id: order.id, line_item_id: line.line_item_id, rating: value.rating, body: value.body, photos })
  } catch (error) {
    if (!(error instanceof FetchError)) throw error
    if (error.status === 409) return fail("form", "review.errorAlready")
    if (error.status === 413 || /^(files|photos)/.test(error.message)) return fail("photos", "review.errorPhotos")
    if (error.status === 400 && error.message.startsWith("line_item_id")) return fail("form", "review.errorNotDelivered")
    if (error.status === 400) return fail("form", error.message)
    throw error
  }
  const session = await getSession(request)
  session.flash("notice", "review.thanks")
  return redirect(`/account/orders/${order.id}`, { headers: await commitHeaders(session) })
}

export default function ReviewLineRoute() {
  const { order, item, status } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const errors: ReviewErrors = actionData?.errors ?? {}
  const sending = navigation.state === "submitting"
  const orderLabel = t("order.number", { number: order.display_id ?? "" })
  const thumbnail = safeHref(item.thumbnail)
  return (
    <div className="container">
      <Breadcrumb
        trail={[
          { to: "/account", label: t("account.title") },
          { to: `/account/orders/${order.id}`, label: orderLabel },
        ]}
        current={t("review.write")}
      />
      <header className="page-head">
        <h1>{t("review.formTitle", { title: item.title })}</h1>
      </header>
      <AccountNav />
      <div className="review-form">
        <div className="cart-line">
          {thumbnail ? <img src={thumbnail} alt="" width={88} height={66} /> : <span />}
          <div className="cart-line__info">
            <h2 style={{ margin: 0, fontSize: "1rem" }}>{item.title}</h2>
            {item.variant ? <p className="field-hint">{item.variant}</p> : null}
          </div>
        </div>
        {status === "reviewable" ? (
          <Form method="post" encType="multipart/form-data" aria-describedby={errors.form ? "review-errors" : undefined}>
            <ErrorList id="review-errors" errors={errors.form} />
            <fieldset className="rating-choices" aria-describedby={errors.rating ? "rating-errors" : undefined}>
              <legend>{t("review.rating")}</legend>
              {[5, 4, 3, 2, 1].map((stars) => (
                <label className="variant-choice" key={stars}>
                  <input type="radio" name="rating" value={stars} required aria-invalid={errors.rating ? true : undefined} />
                  <span aria-hidden="true" className="buyer-rating__star">
                    {"★".repeat(stars)}
                  </span>
                  <span>{t("review.ratingOption", { stars })}</span>
                </label>
              ))}
              <ErrorList id="rating-errors" errors={errors.rating} />
            </fieldset>
            <div className="field">
              <label htmlFor="review-body">{t("review.body")}</label>
              <p className="field-hint" id="review-body-hint">
                {t("review.bodyHint")}
              </p>
              <textarea
                id="review-body"
                name="body"
                rows={5}
                required
                maxLength={2000}
                aria-invalid={errors.body ? true : undefined}
                aria-describedby={["review-body-hint", errors.body ? "body-errors" : ""].filter(Boolean).join(" ")}
              />
              <ErrorList id="body-errors" errors={errors.body} />
            </div>
            <div className="field">
              <label htmlFor="review-photos">{t("review.photos")}</label>
              <input
                id="review-photos"
                name="photos"
                type="file"
                multiple
                accept="image/jpeg,image/png,image/webp"
                aria-invalid={errors.photos ? true : undefined}
                aria-describedby={errors.photos ? "photos-errors" : undefined}
              />
              <ErrorList id="photos-errors" errors={errors.photos} />
            </div>
            <button type="submit" className="button" disabled={sending}>
              {sending ? t("common.loading") : t("review.submit")}
            </button>
          </Form>
        ) : (
          <p className="alert alert--info" role="status">
            {t(status === "reviewed" ? "review.errorAlready" : "review.errorNotDelivered")}{" "}
            <Link to={`/account/orders/${order.id}`}>{orderLabel}</Link>
          </p>
        )}
      </div>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  const title = data ? t("review.formTitle", { title: data.item.title }) : t("error.notFoundTitle")
  return seo({ title: `${title} · OCOP Market`, description: t("site.description"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  const t = useT()
  return (
    <div className="container">
      <GeneralErrorBoundary
        statusHandlers={{ 404: () => <Problem title={t("error.notFoundTitle")} text={t("error.orderNotFound")} status={404} /> }}
      />
    </div>
  )
}
