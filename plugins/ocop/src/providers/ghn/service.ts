import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  FulfillmentDTO,
  FulfillmentItemDTO,
  FulfillmentOption,
  FulfillmentOrderDTO,
  Logger,
  ValidateFulfillmentDataContext,
} from "@medusajs/framework/types"
import {
  AbstractFulfillmentProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import { communeByCode } from "../carriers/communes"
import { cartLines } from "../carriers/order-lines"
import { recipientName } from "../carriers/recipient-name"
import { shipmentInput } from "../carriers/shipment-input"
import { parcelOf } from "../carriers/parcel"
import { communeOrRefuse, unavailable, unmappable } from "../carriers/refusals"
import { GHN_PRODUCTION_URL, GhnClient } from "./client"
import { type GhnAddressCode, ghnCodeOf } from "./codes"

export type GhnProviderOptions = {
  token: string
  shop_id: string
  /** GHN_SANDBOX_URL for GHN's test environment; production by default. */
  base_url?: string
  /** How long checkout waits for a fee (ms). */
  timeout_ms?: number
  /** Sender shown to the courier when the stock location's address has none. */
  sender_name?: string
  sender_phone?: string
}

/** GHN's light-goods service type (2: hàng nhẹ); 5 is heavy goods. */
const LIGHT_GOODS = 2

/** What the cart's shipping method keeps (validateFulfillmentData) for the parcel. */
export type GhnMethodData = {
  carrier: "ghn"
  service_type_id: number
  from: GhnAddressCode & {
    commune_code: string
    name: string
    phone: string
    address: string
  }
  to: GhnAddressCode & { commune_code: string }
}

/** What the fulfilment keeps once GHN has the order. */
export type GhnFulfillmentData = {
  carrier: "ghn"
  order_code: string
  cod_amount: number
  expected_delivery_time: string | null
  total_fee: number | null
  label_url: string | null
}

type Injected = { logger: Logger }

/**
 * Giao Hàng Nhanh as a Medusa fulfillment provider: calculated options priced by
 * GHN's fee API, the carrier order created with the fulfilment (COD amount decided
 * by the shop), its label, cancellation. Tracking arrives by webhook (/hooks/ghn).
 */
export class GhnFulfillmentProviderService extends AbstractFulfillmentProviderService {
  static identifier = "ghn"

  protected readonly client: GhnClient
  protected readonly logger: Logger
  protected readonly options: GhnProviderOptions

  static validateOptions(options: Record<string, unknown>) {
    if (!options.token || !options.shop_id)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "GHN provider: token and shop_id are required (GHN_TOKEN, GHN_SHOP_ID)"
      )
  }

  constructor({ logger }: Injected, options: GhnProviderOptions) {
    super()
    this.logger = logger
    this.options = options
    this.client = new GhnClient({
      token: options.token,
      shop_id: options.shop_id,
      base_url: options.base_url || GHN_PRODUCTION_URL,
      timeout_ms: options.timeout_ms ?? 4000,
    })
  }

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [
      {
        id: "ghn-standard",
        name: "GHN – Giao hàng chuẩn",
        service_type_id: LIGHT_GOODS,
      },
    ]
  }

  async validateOption(data: Record<string, unknown>) {
    return data.id === "ghn-standard"
  }

  async canCalculate() {
    return true
  }

  /** Both ends of a parcel in GHN's ids; a 400 naming the end GHN cannot serve. */
  protected route(context: {
    shipping_address?: any
    from_location?: { name?: string | null; address?: any } | null
  }): Omit<GhnMethodData, "carrier" | "service_type_id"> {
    const to = communeOrRefuse(
      "GHN",
      "shipping_address",
      context.shipping_address
    )
    const from = communeOrRefuse(
      "GHN",
      "from_location",
      context.from_location?.address
    )
    const toCode =
      ghnCodeOf(to.code) ?? unmappable("GHN", "shipping_address", to)
    const fromCode =
      ghnCodeOf(from.code) ?? unmappable("GHN", "from_location", from)
    const address = context.from_location?.address ?? {}
    return {
      from: {
        ...fromCode,
        commune_code: from.code,
        name:
          context.from_location?.name ||
          this.options.sender_name ||
          "OCOP Market",
        phone: address.phone || this.options.sender_phone || "",
        address: [address.address_1, from.name].filter(Boolean).join(", "),
      },
      to: { ...toCode, commune_code: to.code },
    }
  }

  async validateFulfillmentData(
    optionData: Record<string, unknown>,
    data: Record<string, unknown>,
    context: ValidateFulfillmentDataContext
  ): Promise<GhnMethodData> {
    return {
      ...data,
      carrier: "ghn",
      service_type_id: Number(optionData.service_type_id) || LIGHT_GOODS,
      ...this.route(context),
    }
  }

  async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<
    CalculatedShippingOptionPrice & { expected_delivery_at: string | null }
  > {
    const { from, to } = this.route(context as any)
    const parcel = parcelOf(cartLines(context.items as any[]))
    const serviceType = Number(optionData?.service_type_id) || LIGHT_GOODS
    const ends = {
      from_district_id: from.district_id,
      from_ward_code: from.ward_code,
      to_district_id: to.district_id,
      to_ward_code: to.ward_code,
    }
    try {
      const [fee, leadtime] = await Promise.all([
        this.client.fee({
          service_type_id: serviceType,
          ...ends,
          weight: parcel.weight,
          length: parcel.length,
          width: parcel.width,
          height: parcel.height,
          insurance_value: parcel.value,
          // The buyer may still choose cash on delivery: quote with it collected.
          cod_value: parcel.value,
          coupon: null,
        }),
        // The estimate is a help: without it the fee still stands.
        this.client
          .leadtime({ ...ends, service_type_id: serviceType })
          .catch(() => null),
      ])
      return {
        calculated_amount: fee.total,
        is_calculated_price_tax_inclusive: true,
        expected_delivery_at: leadtime?.leadtime
          ? new Date(leadtime.leadtime * 1000).toISOString()
          : null,
      }
    } catch (error) {
      unavailable("GHN", error)
    }
  }

  async createFulfillment(
    data: Record<string, unknown>,
    items: Partial<Omit<FulfillmentItemDTO, "fulfillment">>[],
    order: Partial<FulfillmentOrderDTO> | undefined,
    fulfillment: Partial<
      Omit<FulfillmentDTO, "provider_id" | "data" | "items">
    >,
    additionalData?: Record<string, unknown>
  ): Promise<CreateFulfillmentResult> {
    const { method, codAmount, address, parcel } = shipmentInput<GhnMethodData>(
      { code: "ghn", name: "GHN" },
      data,
      items,
      order,
      fulfillment.delivery_address,
      additionalData
    )
    const toCommune = communeByCode(method.to.commune_code)
    try {
      const created = await this.client.createOrder({
        // The shopper paid the fee at checkout: the shop pays GHN.
        payment_type_id: 1,
        required_note: "CHOXEMHANGKHONGTHU",
        client_order_code: String(fulfillment.id ?? (order as any)?.id ?? ""),
        from_name: method.from.name,
        from_phone: method.from.phone,
        from_address: method.from.address,
        from_ward_code: method.from.ward_code,
        from_district_id: method.from.district_id,
        to_name: recipientName(address),
        to_phone: address.phone ?? "",
        to_address: [address.address_1, toCommune?.name]
          .filter(Boolean)
          .join(", "),
        to_ward_code: method.to.ward_code,
        to_district_id: method.to.district_id,
        cod_amount: codAmount,
        content: parcel.items
          .map((i) => `${i.quantity} × ${i.name}`)
          .join("; ")
          .slice(0, 2000),
        weight: parcel.weight,
        length: parcel.length,
        width: parcel.width,
        height: parcel.height,
        insurance_value: parcel.value,
        service_type_id: method.service_type_id,
        items: parcel.items,
      })
      const labelUrl = await this.client
        .labelUrl([created.order_code])
        .catch((e) => {
          this.logger.warn(
            `GHN label for ${created.order_code} not ready: ${e.message}`
          )
          return null
        })
      const stored: GhnFulfillmentData = {
        carrier: "ghn",
        order_code: created.order_code,
        cod_amount: codAmount,
        expected_delivery_time: created.expected_delivery_time ?? null,
        total_fee: created.total_fee ?? null,
        label_url: labelUrl,
      }
      return {
        data: stored,
        labels: [
          {
            tracking_number: created.order_code,
            tracking_url: `https://donhang.ghn.vn/?order_code=${encodeURIComponent(created.order_code)}`,
            label_url: labelUrl ?? "",
          },
        ],
      }
    } catch (error) {
      if (error instanceof MedusaError) throw error
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `GHN did not create the parcel: ${(error as Error).message}`
      )
    }
  }

  async cancelFulfillment(data: Record<string, unknown>) {
    const code = (data as Partial<GhnFulfillmentData>)?.order_code
    if (!code) return {}
    try {
      const [result] = await this.client.cancelOrders([code])
      if (result && result.result === false)
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `GHN refused to cancel ${code}: ${result.message}`
        )
      return { cancelled: code }
    } catch (error) {
      if (error instanceof MedusaError) throw error
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `GHN did not cancel ${code}: ${(error as Error).message}`
      )
    }
  }

  // The base class types documents as never[]; Medusa passes them through as given.
  async getFulfillmentDocuments(data: Record<string, unknown>): Promise<any> {
    const code = (data as Partial<GhnFulfillmentData>)?.order_code
    if (!code) return []
    return [{ type: "label", url: await this.client.labelUrl([code]) }]
  }
}
