import { sdk } from "../medusa.server"
import { nullOn404 } from "./not-found.server"

export type StoreOrderPayment = {
  provider_id: string
  /** authorized: promised, the money is not in yet; captured: paid. */
  status: "authorized" | "captured" | "canceled"
  vietqr: {
    reference: string
    amount: number
    bank_bin: string
    account_number: string
    account_name: string
    illustrative: boolean
    payload: string
  } | null
  /** For a wallet: its name, whether it confirmed, and its page while the shopper may still pay there. */
  wallet?: {
    name: string
    state: "awaiting" | "paid" | "failed" | "canceled"
    pay_url: string | null
    expires_at: string | null
  } | null
}

/** GET /store/ocop/orders/:id/payment: how the order is paid, or null for an order without payment. */
export async function getOrderPayment(
  orderId: string
): Promise<StoreOrderPayment | null> {
  const found = await nullOn404(async () => {
    const { payment } = await sdk.client.fetch<{
      payment: StoreOrderPayment | null
    }>(`/store/ocop/orders/${encodeURIComponent(orderId)}/payment`)
    return payment
  })
  return found ?? null
}
