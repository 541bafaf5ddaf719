import QRCode from "qrcode"
import { getOrderPayment } from "~/lib/data/order-payments.server"
import { paymentKind, type PaymentKind } from "./payment-methods"
import { bankName } from "./vietqr-banks"

export type VietQrTransferView = {
  reference: string
  amount: number
  bankBin: string
  bankName: string
  accountNumber: string
  accountName: string
  illustrative: boolean
  payload: string
  qrSvg: string
}

export type OrderPaymentView = {
  kind: PaymentKind | null
  /** authorized (promised, not yet received), captured (paid), canceled; "" without a payment. */
  status: string
  vietqr: VietQrTransferView | null
  wallet?: WalletPaymentView | null
}

export type WalletPaymentView = {
  name: string
  state: "awaiting" | "paid" | "failed" | "canceled"
  payUrl: string | null
  expiresAt: string | null
}

/** What the shopper needs to know about paying an order, with the VietQR code drawn. */
export async function orderPayment(orderId: string): Promise<OrderPaymentView> {
  const payment = await getOrderPayment(orderId)
  const kind = paymentKind(payment?.provider_id)
  const status = payment?.status ?? ""
  const transfer = payment?.vietqr
  const w = payment?.wallet
  const wallet = w ? { name: w.name, state: w.state, payUrl: w.pay_url, expiresAt: w.expires_at } : null
  if (kind !== "vietqr" || !transfer?.payload)
    return { kind, status, vietqr: null, wallet }
  return {
    kind,
    status,
    wallet,
    vietqr: {
      reference: transfer.reference,
      amount: transfer.amount,
      bankBin: transfer.bank_bin,
      bankName: bankName(transfer.bank_bin),
      accountNumber: transfer.account_number,
      accountName: transfer.account_name,
      illustrative: transfer.illustrative,
      payload: transfer.payload,
      // Medium error correction survives a phone screen's glare; banking apps lock on with a 2-module margin.
      qrSvg: await QRCode.toString(transfer.payload, {
        type: "svg",
        margin: 2,
        errorCorrectionLevel: "M",
      }),
    },
  }
}
