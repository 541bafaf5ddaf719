import { carrierJson, CarrierError } from "../carriers/http"

/**
 * GHTK's public API (docs.giaohangtietkiem.vn): the shop's `Token` and its partner
 * code as `X-Client-Source`; answers `{ success, message, ... }`, a refusal says
 * `success: false` with a message. Addresses are names (province, district, ward),
 * not ids (ghtk/address.ts says which are sent). docs/carriers.md lists the sources.
 */
export const GHTK_PRODUCTION_URL = "https://services.giaohangtietkiem.vn"
export const GHTK_SANDBOX_URL = "https://services-staging.ghtklab.com"

/**
 * Query of GET /services/shipment/fee: grams and đồng. Province and district are
 * required by GHTK, the wards and addresses optional (docs/carriers.md).
 */
export type GhtkFeeQuery = {
  pick_province: string
  pick_district: string
  pick_ward?: string
  pick_address: string
  province: string
  district: string
  ward?: string
  address: string
  weight: number
  value: number
  transport: "road" | "fly"
  deliver_option: "none" | "xteam"
}
export type GhtkFee = {
  name: string
  fee: number
  insurance_fee: number
  delivery: boolean
  [k: string]: unknown
}

/** Body of POST /services/shipment/order/?ver=1.5 (products weigh in kilograms). */
export type GhtkOrderRequest = {
  products: { name: string; weight: number; quantity: number; price: number }[]
  order: {
    id: string
    pick_name: string
    pick_address: string
    pick_province: string
    pick_district: string
    pick_ward?: string
    pick_tel: string
    tel: string
    name: string
    address: string
    province: string
    district: string
    ward?: string
    hamlet: string
    is_freeship: "1"
    pick_money: number
    value: number
    transport: "road"
    note: string
  }
}
export type GhtkCreatedOrder = {
  partner_id: string
  label: string
  fee?: number | string
  estimated_deliver_time?: string
  status_id?: number
  [k: string]: unknown
}

export type GhtkClientOptions = {
  token: string
  client_source?: string
  base_url: string
  timeout_ms: number
}

type GhtkAnswer = { success: boolean; message?: string; [k: string]: unknown }

export class GhtkClient {
  constructor(private readonly options: GhtkClientOptions) {}

  private async call<T extends GhtkAnswer>(
    method: "GET" | "POST",
    path: string,
    body?: unknown
  ) {
    const answer = await carrierJson<T | null>({
      carrier: "GHTK",
      method,
      url: `${this.options.base_url}${path}`,
      headers: {
        Token: this.options.token,
        ...(this.options.client_source
          ? { "X-Client-Source": this.options.client_source }
          : {}),
      },
      body,
      timeoutMs: this.options.timeout_ms,
    })
    if (!answer?.success)
      throw new CarrierError(
        "GHTK",
        "rejected",
        `GHTK refused ${path.split("?")[0]}: ${answer?.message || "no answer body"}`
      )
    return answer
  }

  async fee(query: GhtkFeeQuery) {
    // An optional field left out is not sent at all (never as "undefined").
    const params = new URLSearchParams(
      Object.entries(query)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)])
    )
    const answer = await this.call<GhtkAnswer & { fee: GhtkFee }>(
      "GET",
      `/services/shipment/fee?${params}`
    )
    return answer.fee
  }

  async createOrder(body: GhtkOrderRequest) {
    const answer = await this.call<GhtkAnswer & { order: GhtkCreatedOrder }>(
      "POST",
      "/services/shipment/order/?ver=1.5",
      body
    )
    return answer.order
  }

  async cancelOrder(label: string) {
    await this.call(
      "POST",
      `/services/shipment/cancel/${encodeURIComponent(label)}`
    )
  }
}
