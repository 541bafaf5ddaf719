import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type RenewCertificationInput = {
  decision_number: string
  decision_date: string
  score?: number
  stars?: number
}

/** Records a re-evaluation with POST /admin/ocop/products/:id/certifications/renew. */
export function useRenewCertification(productId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: RenewCertificationInput) =>
      sdk.client.fetch(
        `/admin/ocop/products/${productId}/certifications/renew`,
        {
          method: "POST",
          body,
        }
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop"] }),
  })
}

/** Withdraws a certificate with POST /admin/ocop/certifications/:id/revoke. */
export function useRevokeCertification() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      sdk.client.fetch(`/admin/ocop/certifications/${id}/revoke`, {
        method: "POST",
        body: { reason },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop"] }),
  })
}
