import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { walletKeyOf } from "../../../../../../providers/wallet/wallet-options"

const VIETQR_FIELDS = [
  "reference",
  "amount",
  "bank_bin",
  "account_number",
  "account_name",
  "illustrative",
  "payload",
] as const

/**
 * A wallet payment as the shopper may see it: the wallet's name, whether the wallet
 * has confirmed, and the page to pay on while the window is open (never our notices
 * or the wallet's ids).
 */
function walletView(payment: any) {
  if (!walletKeyOf(payment?.provider_id ?? "")) return null
  const data = payment.data ?? {}
  const notices = (data.notices ?? []) as { result?: string }[]
  const open =
    !payment.captured_at &&
    !payment.canceled_at &&
    data.expires_at &&
    new Date(data.expires_at).getTime() > Date.now()
  return {
    name: String(data.wallet_name ?? ""),
    /** awaiting: the wallet has not confirmed yet; failed: it reported the payment failed. */
    state: payment.captured_at
      ? "paid"
      : payment.canceled_at
        ? "canceled"
        : notices.at(-1)?.result === "failed"
          ? "failed"
          : "awaiting",
    pay_url: open ? String(data.pay_url ?? "") || null : null,
    expires_at: data.expires_at ?? null,
  }
}

/**
 * How an order is being paid, for its confirmation page: the provider, whether the
 * money is in, and for VietQR the transfer to make. Like GET /store/orders/:id it
 * answers anyone holding the order id; it gives the shop's account and the amount,
 * never provider secrets (a card session's client secret stays in the backend).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.created_at",
      "payment_collections.payments.data",
    ],
    filters: { id: req.params.id },
  })
  const order = data[0] as any
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order ${req.params.id} was not found`
    )
  }
  const payments = (order.payment_collections ?? [])
    .flatMap((c: any) => c?.payments ?? [])
    .sort((a: any, b: any) =>
      String(a.created_at).localeCompare(String(b.created_at))
    )
  const payment =
    payments.filter((p: any) => !p.canceled_at).at(-1) ?? payments.at(-1)
  const vietqr = payment?.provider_id?.startsWith("pp_vietqr_")
    ? Object.fromEntries(
        VIETQR_FIELDS.map((k) => [k, payment.data?.[k] ?? null])
      )
    : null
  res.json({
    payment: payment
      ? {
          provider_id: payment.provider_id,
          status: payment.captured_at
            ? "captured"
            : payment.canceled_at
              ? "canceled"
              : "authorized",
          vietqr,
          wallet: walletView(payment),
        }
      : null,
  })
}
