import type { OcopProductReview } from "../../types/store"

/**
 * A review as the shop shows it: stars, words, photos, the shown name and the
 * producer's reply; never the buyer's id, order or the office's notes.
 */
export function publicReview(review: any): OcopProductReview {
  return {
    id: review.id,
    product_id: review.product_id,
    rating: review.rating,
    body: review.body,
    photos: Array.isArray(review.photos) ? review.photos : [],
    author_name: review.author_name ?? null,
    created_at: new Date(review.created_at).toISOString(),
    reply: review.reply ?? null,
    replied_at: review.replied_at ? new Date(review.replied_at).toISOString() : null,
  }
}
