import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type PendingCertification = {
  id: string
  stars: number
  score: number | null
  category_set: string
  decision_number: string | null
  decision_date: string | null
  issuing_level: string | null
  valid_until: string | null
  certificate_scan_url: string | null
  created_at: string
  product: {
    id: string
    title: string
    thumbnail: string | null
    producer: { id: string; name: string; type: string | null } | null
  } | null
}

const FIELDS = [
  "id",
  "stars",
  "score",
  "category_set",
  "decision_number",
  "decision_date",
  "issuing_level",
  "valid_until",
  "certificate_scan_url",
  "created_at",
  "product.id",
  "product.title",
  "product.thumbnail",
  "product.producer.id",
  "product.producer.name",
  "product.producer.type",
].join(",")

const queueKey = ["ocop", "review-queue"]

/** Certificates producers submitted, oldest first, from GET /admin/ocop/certifications?status=pending_review. */
export function useReviewQueue() {
  return useQuery({
    queryKey: queueKey,
    queryFn: () =>
      sdk.client.fetch<{
        certifications: PendingCertification[]
        count: number
      }>("/admin/ocop/certifications", {
        query: {
          status: "pending_review",
          order: "created_at",
          limit: 200,
          fields: FIELDS,
        },
      }),
  })
}

export type ReviewDecision =
  | { id: string; decision: "approve" }
  | { id: string; decision: "reject"; reason: string }

/** Approve (publishes the listing) or reject with a reason; the queue refetches afterwards. */
export function useReviewDecision() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ReviewDecision) =>
      sdk.client.fetch(
        `/admin/ocop/certifications/${input.id}/${input.decision}`,
        {
          method: "POST",
          body: input.decision === "reject" ? { reason: input.reason } : {},
        }
      ),
    onSettled: () => client.invalidateQueries({ queryKey: ["ocop"] }),
  })
}
