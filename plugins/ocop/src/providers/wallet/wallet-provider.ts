import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import {
  AbstractPaymentProvider,
  BigNumber,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { walletReference, type WalletClient } from "./wallet-client"
import type { WalletCommonOptions } from "./wallet-options"

/** What a wallet provider keeps on the payment session and, once the order is placed, the payment. */
export type WalletPaymentData = {
  wallet: string
  wallet_name: string
  session_id: string
  amount: number
  currency_code: "vnd"
  reference?: string
  created_at?: string
  expires_at?: string
  pay_url?: string
  extra?: Record<string, unknown>
  /** The wallet's transaction id, from its IPN: refunds name it. */
  transaction_id?: string
  /** Every IPN or query result seen, kept for the office (wrong amounts, failures, late ones). */
  notices?: Record<string, unknown>[]
  refunds?: Record<string, unknown>[]
  captured_at?: string
  canceled_at?: string
}

/** Whole đồng from Medusa's amount: VND has no minor unit; wallets take integers. */
export function walletDong(wallet: string, amount: unknown): number {
  const value = new BigNumber(amount as any).numeric
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${wallet} takes a positive whole number of đồng, got ${value}`
    )
  }
  return value
}

/**
 * A Vietnamese e-wallet as a Medusa payment provider. Like VietQR (decision 006), the
 * order is placed with the payment authorized, which means here "sent to the wallet":
 * placing the order creates the wallet payment and reserves the stock; the shopper
 * then pays in the wallet, whose IPN captures (ocop-receive-wallet-payment), or
 * does not, and the expiry job releases the order when the wallet's window closes.
 */
export abstract class WalletPaymentProvider<
  O extends WalletCommonOptions,
> extends AbstractPaymentProvider<O> {
  protected options_: O

  constructor(cradle: Record<string, unknown>, options: O) {
    super(cradle, options)
    this.options_ = options
  }

  protected abstract client(): WalletClient
  protected abstract walletKey(): string

  protected sessionData(input: {
    data?: Record<string, unknown>
    amount: unknown
    currency_code: string
  }): WalletPaymentData {
    const name = this.client().name
    if (input.currency_code.toLowerCase() !== "vnd") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${name} takes đồng only, not ${input.currency_code}`
      )
    }
    const sessionId = String(input.data?.session_id ?? "")
    if (!sessionId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${name} needs the payment session id`
      )
    }
    return {
      wallet: this.walletKey(),
      wallet_name: name,
      session_id: sessionId,
      amount: walletDong(name, input.amount),
      currency_code: "vnd",
    }
  }

  async initiatePayment(
    input: InitiatePaymentInput
  ): Promise<InitiatePaymentOutput> {
    const data = this.sessionData(input)
    return { id: data.session_id, data, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: this.sessionData(input), status: PaymentSessionStatus.PENDING }
  }

  // Placing the order opens the payment at the wallet, so the shopper's window to pay
  // starts when the stock is reserved, not when the method was picked.
  async authorizePayment(
    input: AuthorizePaymentInput
  ): Promise<AuthorizePaymentOutput> {
    const data = input.data as WalletPaymentData
    if (data?.pay_url) {
      return { data: input.data, status: PaymentSessionStatus.AUTHORIZED }
    }
    const now = new Date()
    const expires = new Date(now.getTime() + this.options_.expiry_minutes * 60_000)
    const reference = walletReference(String(data.session_id), now)
    const checkout = await this.client().createPayment({
      reference,
      amount: walletDong(this.client().name, data.amount),
      description: `Thanh toan don hang OCOP Market ${reference}`,
      created_at: now,
      expires_at: expires,
    })
    return {
      data: {
        ...data,
        reference,
        created_at: now.toISOString(),
        expires_at: expires.toISOString(),
        pay_url: checkout.pay_url,
        extra: checkout.extra ?? {},
      },
      status: PaymentSessionStatus.AUTHORIZED,
    }
  }

  // The wallet has the money once its IPN says so; capturing only records that here.
  async capturePayment(
    input: CapturePaymentInput
  ): Promise<CapturePaymentOutput> {
    return {
      data: {
        ...input.data,
        captured_at: input.data?.captured_at ?? new Date().toISOString(),
      },
    }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = (input.data ?? {}) as WalletPaymentData
    const name = this.client().name
    if (!data.transaction_id || !data.reference) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${name} has no transaction to refund: the wallet never confirmed this payment`
      )
    }
    const amount = walletDong(name, input.amount)
    const record = await this.client().refundPayment({
      reference: data.reference,
      amount,
      paid: data.amount,
      transaction_id: data.transaction_id,
      data: data as unknown as Record<string, unknown>,
      reason: `Hoan tien don hang ${data.reference}`,
    })
    return {
      data: {
        ...data,
        refunds: [
          ...(data.refunds ?? []),
          { amount, at: new Date().toISOString(), ...record },
        ],
      },
    }
  }

  // Wallets have no call to withdraw an unpaid order: it lapses at expires_at.
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...input.data, canceled_at: new Date().toISOString() } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async getPaymentStatus(
    input: GetPaymentStatusInput
  ): Promise<GetPaymentStatusOutput> {
    const data = input.data as WalletPaymentData | undefined
    return {
      data: input.data,
      status: data?.captured_at
        ? PaymentSessionStatus.CAPTURED
        : data?.canceled_at
          ? PaymentSessionStatus.CANCELED
          : data?.pay_url
            ? PaymentSessionStatus.AUTHORIZED
            : PaymentSessionStatus.PENDING,
    }
  }

  async retrievePayment(
    input: RetrievePaymentInput
  ): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  // Wallets reach /hooks/wallets/<wallet>/… where the amount is checked under a lock;
  // Medusa's generic /hooks/payment route would capture without that check.
  async getWebhookActionAndData(
    _payload: ProviderWebhookPayload["payload"]
  ): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
