import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type OrderPayment = {
  id: string
  provider_id: string
  amount: number
  captured_at: string | null
  canceled_at: string | null
  data: {
    reference?: string
    transfers?: {
      result: string
      amount: number
      expected: number
      source: string
      at: string
    }[]
    /** Wallets (VNPay, MoMo, ZaloPay): their name and what each IPN or query reported. */
    wallet_name?: string
    expires_at?: string
    notices?: {
      result: string
      amount: number | null
      expected: number
      source: string
      at: string
    }[]
  } | null
}

/** The order's payments with their provider data (the VietQR reference and reported transfers). */
export function useOrderPayments(orderId: string) {
  return useQuery({
    queryKey: ["ocop", "order-payments", orderId],
    queryFn: async () => {
      const { order } = await sdk.admin.order.retrieve(orderId, {
        fields: "id,payment_collections.payments.*",
      })
      return ((order as any).payment_collections ?? []).flatMap(
        (c: any) => c.payments ?? []
      ) as OrderPayment[]
    },
  })
}

/** The office saw the transfer: POST /admin/ocop/orders/:id/vietqr-received captures it. */
export function useMarkVietQrReceived(orderId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/ocop/orders/${orderId}/vietqr-received`, {
        method: "POST",
        body: {},
      }),
    onSuccess: () => client.invalidateQueries(),
  })
}

/** Asks the wallet how the payment stands: POST /admin/ocop/orders/:id/wallet-query captures it if paid. */
export function useQueryWalletPayment(orderId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{
        wallet: { name: string; state: string; amount?: number; message?: string }
        payment: { outcome: string }
      }>(`/admin/ocop/orders/${orderId}/wallet-query`, { method: "POST", body: {} }),
    onSuccess: () => client.invalidateQueries(),
  })
}
