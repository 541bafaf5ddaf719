import { FetchError } from "@medusajs/js-sdk"
import type { OcopOrderReviews, OcopProductReview } from "../ocop-types"
import { authHeaders, backendUrl, publishableKey, sdk } from "../medusa.server"
import { multipartBody } from "../multipart-body.server"
import { nullOn404 } from "./not-found.server"
import { backendFetch } from "../busy.server"

/** GET /store/ocop/orders/:id/reviews: which lines of the shopper's own order can be reviewed; null when not theirs. */
export async function getOrderReviews(orderId: string, token: string): Promise<OcopOrderReviews | null> {
  return nullOn404(() =>
    sdk.client.fetch<OcopOrderReviews>(`/store/ocop/orders/${encodeURIComponent(orderId)}/reviews`, { headers: authHeaders(token) })
  )
}

export type NewReview = { order_id: string; line_item_id: string; rating: number; body: string; photos: string[] }

/** POST /store/ocop/reviews: the signed-in buyer's review of one delivered line. */
export async function createReview(token: string, review: NewReview): Promise<OcopProductReview> {
  const { review: created } = await sdk.client.fetch<{ review: OcopProductReview }>("/store/ocop/reviews", {
    method: "POST",
    body: review,
    headers: authHeaders(token),
  })
  return created
}

/** POST /store/ocop/reviews/uploads (multipart, pictures only, at most 3): the photos' public URLs. */
export async function uploadReviewPhotos(token: string, files: File[]): Promise<string[]> {
  const { body, headers } = await multipartBody("files", files)
  const res = await backendFetch(`${backendUrl}/store/ocop/reviews/uploads`, {
    method: "POST",
    body,
    headers: { ...authHeaders(token), ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}), ...headers },
  })
  const data = (await res.json().catch(() => ({}))) as { files?: { url: string }[]; message?: string }
  if (!res.ok) throw new FetchError(data.message ?? res.statusText, res.statusText, res.status)
  return (data.files ?? []).map((f) => f.url)
}
