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
import { type Parcel, parcelOf } from "../carriers/parcel"
import { communeOrRefuse, unavailable } from "../carriers/refusals"
import { shipmentInput } from "../carriers/shipment-input"
import { vtpAddressText } from "./address"
import {
  cheapestService,
  VTP_PRODUCTION_URL,
  VtpClient,
  type VtpPriceRequest,
} from "./client"

export type VtpProviderOptions = {
  /** A partner token made in Viettel Post's portal. */
  token: string
  /** VTP_SANDBOX_URL for Viettel Post's test environment; production by default. */
  base_url?: string
  /** How long checkout waits for a price (ms). */
  timeout_ms?: number
  /** Sender shown to the courier when the stock location's address has none. */
  sender_name?: string
  sender_phone?: string
}

/** What the cart's shipping method keeps for the parcel: both ends as text. */
export type VtpMethodData = {
  carrier: "viettelpost"
  from: { commune_code: string; name: string; phone: string; address: string }
  to: { commune_code: string; address: string }
}

/** What the fulfilment keeps once Viettel Post has the order. */
export type VtpFulfillmentData = {
  carrier: "viettelpost"
  order_number: string
  service: string
  cod_amount: number
  total_fee: number | null
}

type Injected = { logger: Logger }

/**
 * Viettel Post as a Medusa fulfillment provider (started, docs/carriers.md): a
 * calculated option priced by Viettel Post's cheapest service for the route, the
 * carrier order created with the fulfilment (COD amount decided by the shop), and
 * cancellation. Addresses go as 2025 text (street, commune, province), which
 * Viettel Post's text endpoints read themselves: no id list to map. Not yet: a
 * tracking webhook and labels.
 */
export class VtpFulfillmentProviderService extends AbstractFulfillmentProviderService {
  static identifier = "viettelpost"

  protected readonly client: VtpClient
  protected readonly logger: Logger
  protected readonly options: VtpProviderOptions

  static validateOptions(options: Record<string, unknown>) {
    if (!options.token)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Viettel Post provider: token is required (VTP_TOKEN)"
      )
  }

  constructor({ logger }: Injected, options: VtpProviderOptions) {
    super()
    this.logger = logger
    this.options = options
    this.client = new VtpClient({
      token: options.token,
      base_url: options.base_url || VTP_PRODUCTION_URL,
      timeout_ms: options.timeout_ms ?? 4000,
    })
  }

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [{ id: "viettelpost-cheapest", name: "Viettel Post – Giá rẻ nhất" }]
  }

  async validateOption(data: Record<string, unknown>) {
    return data.id === "viettelpost-cheapest"
  }

  async canCalculate() {
    return true
  }

  /** Both ends of a parcel as Viettel Post reads them; a 400 naming a bad end. */
  protected route(context: {
    shipping_address?: any
    from_location?: { name?: string | null; address?: any } | null
  }): Omit<VtpMethodData, "carrier"> {
    const to = communeOrRefuse(
      "Viettel Post",
      "shipping_address",
      context.shipping_address
    )
    const from = communeOrRefuse(
      "Viettel Post",
      "from_location",
      context.from_location?.address
    )
    const origin = context.from_location?.address ?? {}
    // The stock location may name its commune in address_1: keep only a street.
    const street = (a: any, communeName: string) =>
      a?.address_1 && a.address_1 !== communeName ? a.address_1 : null
    return {
      from: {
        commune_code: from.code,
        name:
          context.from_location?.name ||
          this.options.sender_name ||
          "OCOP Market",
        phone: origin.phone || this.options.sender_phone || "",
        address: vtpAddressText(street(origin, from.name), from),
      },
      to: {
        commune_code: to.code,
        address: vtpAddressText(street(context.shipping_address, to.name), to),
      },
    }
  }

  protected priceRequest(
    route: Omit<VtpMethodData, "carrier">,
    parcel: Parcel,
    collect: number
  ): VtpPriceRequest {
    return {
      SENDER_ADDRESS: route.from.address,
      RECEIVER_ADDRESS: route.to.address,
      PRODUCT_TYPE: "HH",
      PRODUCT_WEIGHT: parcel.weight,
      PRODUCT_PRICE: parcel.value,
      MONEY_COLLECTION: collect,
      PRODUCT_LENGTH: parcel.length,
      PRODUCT_WIDTH: parcel.width,
      PRODUCT_HEIGHT: parcel.height,
      TYPE: 1,
    }
  }

  async validateFulfillmentData(
    _optionData: Record<string, unknown>,
    data: Record<string, unknown>,
    context: ValidateFulfillmentDataContext
  ): Promise<VtpMethodData> {
    return { ...data, carrier: "viettelpost", ...this.route(context) }
  }

  async calculatePrice(
    _optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const route = this.route(context as any)
    const parcel = parcelOf(cartLines(context.items as any[]))
    try {
      // The buyer may still choose cash on delivery: priced with it collected.
      const services = await this.client.prices(
        this.priceRequest(route, parcel, parcel.value)
      )
      const cheapest = cheapestService(services)
      if (!cheapest)
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Viettel Post delivery is unavailable right now: Viettel Post offers no service from ${route.from.address} to ${route.to.address}. Choose another delivery option.`
        )
      return {
        calculated_amount: Number(cheapest.GIA_CUOC),
        is_calculated_price_tax_inclusive: true,
      }
    } catch (error) {
      unavailable("Viettel Post", error)
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
    const { method, codAmount, address, parcel } = shipmentInput<VtpMethodData>(
      { code: "viettelpost", name: "Viettel Post" },
      data,
      items,
      order,
      fulfillment.delivery_address,
      additionalData
    )
    const to = communeByCode(method.to.commune_code)
    try {
      // The service is chosen now, for the parcel actually shipped.
      const service = cheapestService(
        await this.client.prices(this.priceRequest(method, parcel, codAmount))
      )
      if (!service)
        throw new Error("Viettel Post offers no service for this route")
      const created = await this.client.createOrder({
        ORDER_NUMBER: String(fulfillment.id ?? (order as any)?.id ?? ""),
        SENDER_FULLNAME: method.from.name,
        SENDER_ADDRESS: method.from.address,
        SENDER_PHONE: method.from.phone,
        RECEIVER_FULLNAME: [address.first_name, address.last_name]
          .filter(Boolean)
          .join(" "),
        RECEIVER_ADDRESS: to
          ? vtpAddressText(address.address_1, to)
          : method.to.address,
        RECEIVER_PHONE: address.phone ?? "",
        PRODUCT_NAME: parcel.items
          .map((i) => `${i.quantity} × ${i.name}`)
          .join("; ")
          .slice(0, 500),
        PRODUCT_QUANTITY: parcel.items.reduce((n, i) => n + i.quantity, 0),
        PRODUCT_PRICE: parcel.value,
        PRODUCT_WEIGHT: parcel.weight,
        PRODUCT_LENGTH: parcel.length,
        PRODUCT_WIDTH: parcel.width,
        PRODUCT_HEIGHT: parcel.height,
        PRODUCT_TYPE: "HH",
        // The shopper paid the fee at checkout: the shop pays Viettel Post, and
        // the courier collects the goods' amount only (3) or nothing (1).
        ORDER_PAYMENT: codAmount > 0 ? 3 : 1,
        ORDER_SERVICE: service.MA_DV_CHINH,
        ORDER_SERVICE_ADD: "",
        ORDER_NOTE: "Cho xem hàng, không cho thử",
        MONEY_COLLECTION: codAmount,
        LIST_ITEM: parcel.items.map((i) => ({
          PRODUCT_NAME: i.name,
          PRODUCT_PRICE: i.price,
          PRODUCT_WEIGHT: i.weight,
          PRODUCT_QUANTITY: i.quantity,
        })),
      })
      const stored: VtpFulfillmentData = {
        carrier: "viettelpost",
        order_number: created.ORDER_NUMBER,
        service: service.MA_DV_CHINH,
        cod_amount: codAmount,
        total_fee:
          typeof created.MONEY_TOTAL === "number" ? created.MONEY_TOTAL : null,
      }
      return {
        data: stored,
        labels: [
          {
            tracking_number: created.ORDER_NUMBER,
            // No tracking page or label link documented in what was read.
            tracking_url: "",
            label_url: "",
          },
        ],
      }
    } catch (error) {
      if (error instanceof MedusaError) throw error
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Viettel Post did not create the parcel: ${(error as Error).message}`
      )
    }
  }

  async cancelFulfillment(data: Record<string, unknown>) {
    const number = (data as Partial<VtpFulfillmentData>)?.order_number
    if (!number) return {}
    try {
      await this.client.cancelOrder(number, "Cửa hàng hủy đơn")
      return { cancelled: number }
    } catch (error) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Viettel Post did not cancel ${number}: ${(error as Error).message}`
      )
    }
  }
}
