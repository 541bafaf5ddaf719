import { carrierJson, CarrierError } from "../carriers/http"

/**
 * Viettel Post's partner API (partner.viettelpost.vn, "Open API"): JSON bodies with
 * upper-case field names, the account's `Token` header, answers in an envelope
 * `{ status, error, message, data }`. A refusal usually comes as HTTP 200 with
 * `error: true` and the reason in `message`, so the envelope flag decides, not the
 * HTTP status. docs/carriers.md says where these shapes come from.
 *
 * Addresses: Viettel Post takes either its own ids (old three-level, or since the
 * 2025 reform two-level province + ward lists) or a free-text address it reads
 * itself (the "NLP" endpoints). This client uses the text endpoints, so a 2025
 * address is sent as written, with no Viettel Post id list to map.
 */
export const VTP_PRODUCTION_URL = "https://partner.viettelpost.vn"
export const VTP_SANDBOX_URL = "https://partnerdev.viettelpost.vn"

export type VtpEnvelope<T> = {
  status: number
  error: boolean
  message: string
  data: T
}

/** Body of POST /v2/order/getPriceAllNlp: grams, cm, đồng, addresses as text. */
export type VtpPriceRequest = {
  SENDER_ADDRESS: string
  RECEIVER_ADDRESS: string
  /** HH: goods (hàng hóa); TH: documents. */
  PRODUCT_TYPE: "HH"
  PRODUCT_WEIGHT: number
  /** Declared value. */
  PRODUCT_PRICE: number
  MONEY_COLLECTION: number
  PRODUCT_LENGTH: number
  PRODUCT_WIDTH: number
  PRODUCT_HEIGHT: number
  /** 1: domestic. */
  TYPE: 1
}

/** One service Viettel Post offers for the route, with its price. */
export type VtpServicePrice = {
  MA_DV_CHINH: string
  TEN_DICHVU: string
  GIA_CUOC: number
  /** Text such as "24 giờ". */
  THOI_GIAN?: string
  EXCHANGE_WEIGHT?: number
  [k: string]: unknown
}

/**
 * Body of POST /v2/order/createOrderNlp (the fields we send). ORDER_PAYMENT 1: the
 * shop pays the fee, nothing collected; 3: collect MONEY_COLLECTION (goods only),
 * the fee billed to the shop.
 */
export type VtpCreateOrderRequest = {
  ORDER_NUMBER: string
  SENDER_FULLNAME: string
  SENDER_ADDRESS: string
  SENDER_PHONE: string
  RECEIVER_FULLNAME: string
  RECEIVER_ADDRESS: string
  RECEIVER_PHONE: string
  PRODUCT_NAME: string
  PRODUCT_QUANTITY: number
  PRODUCT_PRICE: number
  PRODUCT_WEIGHT: number
  PRODUCT_LENGTH: number
  PRODUCT_WIDTH: number
  PRODUCT_HEIGHT: number
  PRODUCT_TYPE: "HH"
  ORDER_PAYMENT: 1 | 3
  ORDER_SERVICE: string
  ORDER_SERVICE_ADD: string
  ORDER_NOTE: string
  MONEY_COLLECTION: number
  LIST_ITEM: {
    PRODUCT_NAME: string
    PRODUCT_PRICE: number
    PRODUCT_WEIGHT: number
    PRODUCT_QUANTITY: number
  }[]
}
export type VtpCreatedOrder = {
  ORDER_NUMBER: string
  MONEY_COLLECTION?: number
  MONEY_TOTAL?: number
  [k: string]: unknown
}

export type VtpClientOptions = {
  /** A long-lived partner token made in Viettel Post's portal. */
  token: string
  /** VTP_SANDBOX_URL for Viettel Post's test environment. */
  base_url: string
  timeout_ms: number
}

export class VtpClient {
  constructor(private readonly options: VtpClientOptions) {}

  private async call<T>(path: string, body: unknown): Promise<T> {
    const envelope = await carrierJson<VtpEnvelope<T> | null>({
      carrier: "Viettel Post",
      method: "POST",
      url: `${this.options.base_url}${path}`,
      headers: { Token: this.options.token },
      body,
      timeoutMs: this.options.timeout_ms,
    })
    if (!envelope || envelope.error || envelope.status !== 200)
      throw new CarrierError(
        "Viettel Post",
        "rejected",
        `Viettel Post refused ${path}: ${envelope?.message || "no answer body"}`,
        envelope?.status
      )
    return envelope.data
  }

  /** Every service Viettel Post offers for the route, priced. */
  prices(body: VtpPriceRequest) {
    return this.call<VtpServicePrice[]>("/v2/order/getPriceAllNlp", body)
  }

  createOrder(body: VtpCreateOrderRequest) {
    return this.call<VtpCreatedOrder>("/v2/order/createOrderNlp", body)
  }

  /** UpdateOrder TYPE 4 cancels; Viettel Post refuses once the parcel is picked up. */
  cancelOrder(orderNumber: string, note: string) {
    return this.call<unknown>("/v2/order/UpdateOrder", {
      TYPE: 4,
      ORDER_NUMBER: orderNumber,
      NOTE: note,
    })
  }
}

/** The cheapest service of a price list; null when Viettel Post offers none. */
export function cheapestService(
  services: VtpServicePrice[] | null | undefined
): VtpServicePrice | null {
  const priced = (services ?? []).filter(
    (s) => s && Number.isFinite(Number(s.GIA_CUOC)) && Number(s.GIA_CUOC) > 0
  )
  if (!priced.length) return null
  return priced.reduce((a, b) =>
    Number(b.GIA_CUOC) < Number(a.GIA_CUOC) ? b : a
  )
}
