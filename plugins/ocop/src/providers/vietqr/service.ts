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
import { encodeVietQr } from "./vietqr-payload"

export type VietQrProviderOptions = {
  bank_bin: string
  account_number: string
  account_name: string
  /** True for the demo account: the storefront warns that nothing should be sent to it. */
  illustrative?: boolean
}

/** What the provider keeps on the payment session and, once authorized, the payment. */
export type VietQrPaymentData = {
  session_id: string
  reference: string
  amount: number
  currency_code: "vnd"
  bank_bin: string
  account_number: string
  account_name: string
  illustrative: boolean
  payload: string
  received_at?: string
}

/** A payment session id made into a memo a bank keeps intact: letters and digits only. */
export function vietQrReference(sessionId: string): string {
  const tail = sessionId
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(-10)
    .toUpperCase()
  return `OCOP${tail}`
}

/** Whole đồng from Medusa's amount: VND has no minor unit, so nothing is scaled. */
export function wholeDong(amount: unknown): number {
  const value = new BigNumber(amount as any).numeric
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `VietQR amount must be a positive whole number of đồng, got ${value}`
    )
  }
  return value
}

/**
 * Bank transfer by VietQR. The order is placed with the payment authorized (the
 * shopper has promised to transfer) and stays uncaptured until the money is seen:
 * an admin marks it received, or the bank-statement reconciliation matches it.
 */
export class VietQrPaymentProviderService extends AbstractPaymentProvider<VietQrProviderOptions> {
  static identifier = "vietqr"

  protected options_: VietQrProviderOptions

  static validateOptions(options: Record<string, unknown>) {
    for (const key of ["bank_bin", "account_number", "account_name"]) {
      if (typeof options[key] !== "string" || !options[key]) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `VietQR provider needs the option ${key}`
        )
      }
    }
    if (!/^\d{6}$/.test(options.bank_bin as string)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "VietQR option bank_bin must be a six-digit NAPAS BIN"
      )
    }
  }

  constructor(cradle: Record<string, unknown>, options: VietQrProviderOptions) {
    super(cradle, options)
    this.options_ = options
  }

  protected transfer(
    sessionId: string,
    amount: unknown,
    currency: string
  ): VietQrPaymentData {
    if (currency.toLowerCase() !== "vnd") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `VietQR takes đồng only, not ${currency}`
      )
    }
    const dong = wholeDong(amount)
    const reference = vietQrReference(sessionId)
    return {
      session_id: sessionId,
      reference,
      amount: dong,
      currency_code: "vnd",
      bank_bin: this.options_.bank_bin,
      account_number: this.options_.account_number,
      account_name: this.options_.account_name,
      illustrative: Boolean(this.options_.illustrative),
      payload: encodeVietQr({
        bankBin: this.options_.bank_bin,
        accountNumber: this.options_.account_number,
        amount: dong,
        purpose: reference,
      }),
    }
  }

  async initiatePayment(
    input: InitiatePaymentInput
  ): Promise<InitiatePaymentOutput> {
    const sessionId = String(input.data?.session_id ?? "")
    if (!sessionId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "VietQR needs the payment session id"
      )
    }
    const data = this.transfer(sessionId, input.amount, input.currency_code)
    return { id: data.reference, data, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const sessionId = String(input.data?.session_id ?? "")
    return {
      data: this.transfer(sessionId, input.amount, input.currency_code),
      status: PaymentSessionStatus.PENDING,
    }
  }

  async authorizePayment(
    input: AuthorizePaymentInput
  ): Promise<AuthorizePaymentOutput> {
    return { data: input.data, status: PaymentSessionStatus.AUTHORIZED }
  }

  async capturePayment(
    input: CapturePaymentInput
  ): Promise<CapturePaymentOutput> {
    return {
      data: {
        ...input.data,
        received_at: input.data?.received_at ?? new Date().toISOString(),
      },
    }
  }

  async getPaymentStatus(
    input: GetPaymentStatusInput
  ): Promise<GetPaymentStatusOutput> {
    return {
      data: input.data,
      status: input.data?.received_at
        ? PaymentSessionStatus.CAPTURED
        : PaymentSessionStatus.AUTHORIZED,
    }
  }

  async retrievePayment(
    input: RetrievePaymentInput
  ): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  // Money that came by transfer goes back by transfer, by hand: nothing to call.
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: input.data }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  // Banks do not call Medusa's webhook route; they reach /hooks/vietqr/reconcile.
  async getWebhookActionAndData(
    _payload: ProviderWebhookPayload["payload"]
  ): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
