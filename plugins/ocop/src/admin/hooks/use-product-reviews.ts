import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type AdminProductReview = {
  id: string
  product_id: string
  product_title: string | null
  product_handle: string | null
  rating: number
  body: string
  photos: string[]
  author_name: string | null
  created_at: string
  reply: string | null
  status: "published" | "hidden"
  hidden_reason: string | null
  hidden_at: string | null
}

const reviewsKey = ["ocop", "product-reviews"]

/** Buyers' reviews, newest first, from GET /admin/ocop/product-reviews (all, or by visibility). */
export function useProductReviews(status: "" | "published" | "hidden") {
  return useQuery({
    queryKey: [...reviewsKey, status],
    queryFn: () =>
      sdk.client.fetch<{ reviews: AdminProductReview[]; count: number }>(
        "/admin/ocop/product-reviews",
        { query: { limit: 100, ...(status ? { status } : {}) } }
      ),
  })
}

export type ReviewVisibility =
  | { id: string; action: "hide"; reason: string }
  | { id: string; action: "show" }

/** Hides a review from the shop with a reason, or shows it again; the list refetches afterwards. */
export function useReviewVisibility() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ReviewVisibility) =>
      sdk.client.fetch(`/admin/ocop/product-reviews/${input.id}/${input.action}`, {
        method: "POST",
        body: input.action === "hide" ? { reason: input.reason } : {},
      }),
    onSettled: () => client.invalidateQueries({ queryKey: reviewsKey }),
  })
}
