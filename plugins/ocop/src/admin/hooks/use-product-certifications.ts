import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type AdminCertification = {
  id: string
  stars: number
  score: number | null
  status:
    | "active"
    | "expired"
    | "revoked"
    | "superseded"
    | "pending_review"
    | "rejected"
  status_reason: string | null
  decision_number: string | null
  decision_date: string | null
  recognized_year: number | null
  issuing_body: string | null
  issuing_level: string | null
  valid_from: string | null
  valid_until: string | null
  origin_address: string | null
  origin_commune_code: string | null
  created_at: string
}

export type AdminProductCertifications = {
  product_id: string
  producer: { id: string; name: string; type: string | null } | null
  current: AdminCertification | null
  certifications: AdminCertification[]
}

/** The product's OCOP certification history from GET /admin/ocop/products/:id/certifications. */
export function useProductCertifications(productId: string) {
  return useQuery({
    queryKey: ["ocop", "product-certifications", productId],
    queryFn: () =>
      sdk.client.fetch<AdminProductCertifications>(
        `/admin/ocop/products/${productId}/certifications`
      ),
  })
}
