import { MedusaError } from "@medusajs/framework/utils"
import type { FulfillmentOrderDTO } from "@medusajs/framework/types"
import { codAmountOf, fulfilledLines } from "./order-lines"
import { type Parcel, parcelOf } from "./parcel"

/** What a carrier's shipping method data must hold to ship: who priced it, from and to. */
type PricedMethod = { carrier: string; from?: unknown; to?: unknown }

/**
 * What every carrier needs to create its order for a Medusa fulfilment: the method its
 * own option priced, the cash to collect (set by the shop, never by the request), the
 * delivery address and the parcel of the fulfilled lines. Refuses, naming the field, a
 * fulfilment another option priced or one without a known COD amount.
 */
export function shipmentInput<M extends PricedMethod>(
  carrier: { code: string; name: string },
  data: Record<string, unknown>,
  items: unknown[],
  order: Partial<FulfillmentOrderDTO> | undefined,
  deliveryAddress: unknown,
  additionalData: Record<string, unknown> | undefined
): { method: M & { from: NonNullable<M["from"]>; to: NonNullable<M["to"]> }; codAmount: number; address: any; parcel: Parcel } {
  const method = data as unknown as M
  if (method?.carrier !== carrier.code || !method.to || !method.from)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `shipping_method: the order was not priced by ${carrier.name}; create the fulfilment with its own option`
    )
  const codAmount = codAmountOf(additionalData)
  if (codAmount === null)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `additional_data.ocop_cod_amount: the cash ${carrier.name} should collect is unknown`
    )
  const address = (deliveryAddress ?? (order as any)?.shipping_address ?? {}) as any
  const parcel = parcelOf(fulfilledLines(items as any[], order as any))
  return { method: method as any, codAmount, address, parcel }
}
