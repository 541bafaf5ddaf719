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
import { CarrierError } from "../carriers/http"
import { cartLines } from "../carriers/order-lines"
import { recipientName } from "../carriers/recipient-name"
import { shipmentInput } from "../carriers/shipment-input"
import { parcelOf } from "../carriers/parcel"
import { communeOrRefuse, unavailable, unmappable } from "../carriers/refusals"
import { ghtkAddressText, type GhtkPlace, ghtkPlaceOf } from "./address"
import { GHTK_PRODUCTION_URL, GhtkClient } from "./client"

export type GhtkProviderOptions = {
  token: string
  /** The shop's partner code, sent as X-Client-Source. */
  client_source?: string
  /** GHTK_SANDBOX_URL for GHTK's staging; production by default. */
  base_url?: string
  timeout_ms?: number
  sender_name?: string
  sender_phone?: string
}

/** What the cart's shipping method keeps for the parcel. */
export type GhtkMethodData = {
  carrier: "ghtk"
  from: GhtkPlace & { name: string; phone: string; address: string }
  to: GhtkPlace
}

export type GhtkFulfillmentData = {
  carrier: "ghtk"
  label: string
  partner_id: string
  cod_amount: number
  estimated_deliver_time: string | null
}

type Injected = { logger: Logger }

/**
 * Giao Hàng Tiết Kiệm as a Medusa fulfillment provider: fees from GHTK's fee API,
 * the carrier order with the shop's COD amount, cancellation; tracking arrives by
 * webhook (/hooks/ghtk).
 */
export class GhtkFulfillmentProviderService extends AbstractFulfillmentProviderService {
  static identifier = "ghtk"

  protected readonly client: GhtkClient
  protected readonly logger: Logger
  protected readonly options: GhtkProviderOptions

  static validateOptions(options: Record<string, unknown>) {
    if (!options.token)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "GHTK provider: token is required (GHTK_TOKEN)"
      )
  }

  constructor({ logger }: Injected, options: GhtkProviderOptions) {
    super()
    this.logger = logger
    this.options = options
    this.client = new GhtkClient({
      token: options.token,
      client_source: options.client_source,
      base_url: options.base_url || GHTK_PRODUCTION_URL,
      timeout_ms: options.timeout_ms ?? 4000,
    })
  }

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [{ id: "ghtk-road", name: "GHTK – Đường bộ", transport: "road" }]
  }

  async validateOption(data: Record<string, unknown>) {
    return data.id === "ghtk-road"
  }

  async canCalculate() {
    return true
  }

  protected route(context: {
    shipping_address?: any
    from_location?: { name?: string | null; address?: any } | null
  }) {
    const to = communeOrRefuse(
      "GHTK",
      "shipping_address",
      context.shipping_address
    )
    const from = communeOrRefuse(
      "GHTK",
      "from_location",
      context.from_location?.address
    )
    const toPlace =
      ghtkPlaceOf(to) ?? unmappable("GHTK", "shipping_address", to)
    const fromPlace =
      ghtkPlaceOf(from) ?? unmappable("GHTK", "from_location", from)
    const address = context.from_location?.address ?? {}
    return {
      from: {
        ...fromPlace,
        name:
          context.from_location?.name ||
          this.options.sender_name ||
          "OCOP Market",
        phone: address.phone || this.options.sender_phone || "",
        address: ghtkAddressText(address.address_1, fromPlace),
      },
      to: toPlace,
    }
  }

  async validateFulfillmentData(
    _optionData: Record<string, unknown>,
    data: Record<string, unknown>,
    context: ValidateFulfillmentDataContext
  ): Promise<GhtkMethodData> {
    return { ...data, carrier: "ghtk", ...this.route(context) }
  }

  async calculatePrice(
    _optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<
    CalculatedShippingOptionPrice & { expected_delivery_at: string | null }
  > {
    const { from, to } = this.route(context as any)
    const parcel = parcelOf(cartLines(context.items as any[]))
    const street = (context.shipping_address as any)?.address_1 ?? ""
    try {
      const fee = await this.client.fee({
        pick_province: from.province,
        pick_district: from.district,
        pick_ward: from.ward,
        pick_address: from.address,
        province: to.province,
        district: to.district,
        ward: to.ward,
        address: ghtkAddressText(street, to),
        weight: parcel.weight,
        value: parcel.value,
        transport: "road",
        deliver_option: "none",
      })
      if (fee.delivery === false)
        throw new CarrierError(
          "GHTK",
          "rejected",
          `GHTK does not deliver to ${to.commune_name} (${to.district}, ${to.province})`
        )
      return {
        calculated_amount: fee.fee,
        is_calculated_price_tax_inclusive: true,
        // GHTK's fee answer carries no delivery date.
        expected_delivery_at: null,
      }
    } catch (error) {
      unavailable("GHTK", error)
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
    const { method, codAmount, address, parcel } = shipmentInput<GhtkMethodData>(
      { code: "ghtk", name: "GHTK" },
      data,
      items,
      order,
      fulfillment.delivery_address,
      additionalData
    )
    try {
      const created = await this.client.createOrder({
        products: parcel.items.map((i) => ({
          name: i.name,
          // GHTK's order API weighs products in kilograms.
          weight: i.weight / 1000,
          quantity: i.quantity,
          price: i.price,
        })),
        order: {
          id: String(fulfillment.id ?? (order as any)?.id ?? ""),
          pick_name: method.from.name,
          pick_address: method.from.address,
          pick_province: method.from.province,
          pick_district: method.from.district,
          pick_ward: method.from.ward,
          pick_tel: method.from.phone,
          tel: address.phone ?? "",
          name: recipientName(address),
          address: ghtkAddressText(address.address_1, {
            ...method.to,
            // A cart priced before the name was kept in the method's data.
            commune_name:
              method.to.commune_name ??
              communeByCode(method.to.commune_code)?.name ??
              "",
          }),
          province: method.to.province,
          district: method.to.district,
          ward: method.to.ward,
          hamlet: "Khác",
          // The shopper paid the fee at checkout: GHTK collects only pick_money.
          is_freeship: "1",
          pick_money: codAmount,
          value: parcel.value,
          transport: "road",
          note: "Cho xem hàng, không cho thử",
        },
      })
      const stored: GhtkFulfillmentData = {
        carrier: "ghtk",
        label: created.label,
        partner_id: created.partner_id,
        cod_amount: codAmount,
        estimated_deliver_time: created.estimated_deliver_time ?? null,
      }
      return {
        data: stored,
        labels: [
          {
            tracking_number: created.label,
            tracking_url: `https://i.ghtk.vn/${encodeURIComponent(created.label)}`,
            // GHTK's label PDF is served only with the shop's token: no link here.
            label_url: "",
          },
        ],
      }
    } catch (error) {
      if (error instanceof MedusaError) throw error
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `GHTK did not create the parcel: ${(error as Error).message}`
      )
    }
  }

  async cancelFulfillment(data: Record<string, unknown>) {
    const label = (data as Partial<GhtkFulfillmentData>)?.label
    if (!label) return {}
    try {
      await this.client.cancelOrder(label)
      return { cancelled: label }
    } catch (error) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `GHTK did not cancel ${label}: ${(error as Error).message}`
      )
    }
  }
}
