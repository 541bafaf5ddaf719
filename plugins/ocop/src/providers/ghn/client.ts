import { carrierJson, CarrierError } from "../carriers/http"

/**
 * GHN's public API (api.ghn.vn "Tài liệu API"): JSON bodies, the account's `Token`
 * and the shop's `ShopId` as headers, answers in an envelope
 * `{ code: 200, message: "Success", data }`; a refusal keeps the envelope with
 * another code (400) and a message saying why. docs/carriers.md lists the sources.
 */
export const GHN_PRODUCTION_URL =
  "https://online-gateway.ghn.vn/shiip/public-api"
export const GHN_SANDBOX_URL =
  "https://dev-online-gateway.ghn.vn/shiip/public-api"

export type GhnEnvelope<T> = {
  code: number
  message: string
  code_message?: string
  data: T
}

/** Body of POST /v2/shipping-order/fee: grams, centimetres, đồng, GHN's ids. */
export type GhnFeeRequest = {
  service_type_id: number
  from_district_id: number
  from_ward_code: string
  to_district_id: number
  to_ward_code: string
  weight: number
  length: number
  width: number
  height: number
  insurance_value: number
  cod_value: number
  coupon: null
}
export type GhnFee = {
  total: number
  service_fee: number
  insurance_fee: number
  [k: string]: unknown
}

/** Body of POST /v2/shipping-order/leadtime. */
export type GhnLeadtimeRequest = {
  from_district_id: number
  from_ward_code: string
  to_district_id: number
  to_ward_code: string
  service_type_id: number
}
/** `leadtime` is a Unix time (seconds): the expected delivery. */
export type GhnLeadtime = { leadtime: number; [k: string]: unknown }

/** Body of POST /v2/shipping-order/create (the fields we send). */
export type GhnCreateOrderRequest = {
  payment_type_id: 1 | 2
  required_note: "CHOTHUHANG" | "CHOXEMHANGKHONGTHU" | "KHONGCHOXEMHANG"
  client_order_code: string
  from_name: string
  from_phone: string
  from_address: string
  from_ward_code: string
  from_district_id: number
  to_name: string
  to_phone: string
  to_address: string
  to_ward_code: string
  to_district_id: number
  cod_amount: number
  content: string
  weight: number
  length: number
  width: number
  height: number
  insurance_value: number
  service_type_id: number
  items: { name: string; quantity: number; weight: number; price: number }[]
}
export type GhnCreatedOrder = {
  order_code: string
  sort_code?: string
  total_fee?: number
  expected_delivery_time?: string
  [k: string]: unknown
}

export type GhnClientOptions = {
  token: string
  shop_id: string
  /** API base, e.g. GHN_SANDBOX_URL; the label printer lives on the same host. */
  base_url: string
  timeout_ms: number
}

export class GhnClient {
  constructor(private readonly options: GhnClientOptions) {}

  private async call<T>(path: string, body: unknown): Promise<T> {
    const envelope = await carrierJson<GhnEnvelope<T> | null>({
      carrier: "GHN",
      method: "POST",
      url: `${this.options.base_url}${path}`,
      headers: {
        Token: this.options.token,
        ShopId: String(this.options.shop_id),
      },
      body,
      timeoutMs: this.options.timeout_ms,
    })
    if (!envelope || envelope.code !== 200)
      throw new CarrierError(
        "GHN",
        "rejected",
        `GHN refused ${path}: ${envelope?.code_message || envelope?.message || "no answer body"}`,
        envelope?.code
      )
    return envelope.data
  }

  fee(body: GhnFeeRequest) {
    return this.call<GhnFee>("/v2/shipping-order/fee", body)
  }

  leadtime(body: GhnLeadtimeRequest) {
    return this.call<GhnLeadtime>("/v2/shipping-order/leadtime", body)
  }

  createOrder(body: GhnCreateOrderRequest) {
    return this.call<GhnCreatedOrder>("/v2/shipping-order/create", body)
  }

  cancelOrders(orderCodes: string[]) {
    return this.call<
      { order_code: string; result: boolean; message: string }[]
    >("/v2/switch-status/cancel", { order_codes: orderCodes })
  }

  /** A short-lived token for GHN's A5 label page of these orders. */
  async labelUrl(orderCodes: string[]) {
    const { token } = await this.call<{ token: string }>("/v2/a5/gen-token", {
      order_codes: orderCodes,
    })
    const origin = new URL(this.options.base_url).origin
    return `${origin}/a5/public-api/printA5?token=${encodeURIComponent(token)}`
  }
}
