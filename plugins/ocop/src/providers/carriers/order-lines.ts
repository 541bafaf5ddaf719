import type { ParcelLine } from "./parcel"

type OrderLike =
  | {
      items?:
        | {
            id?: string
            title?: string | null
            variant_title?: string | null
            product_title?: string | null
            quantity?: unknown
            unit_price?: unknown
            variant?: ParcelLine["variant"]
          }[]
        | null
    }
  | undefined

type FulfilledItem = {
  line_item_id?: string | null
  title?: string | null
  quantity?: unknown
}

/** The fulfilled items as parcel lines, with weights and prices from the order's lines. */
export function fulfilledLines(
  items: FulfilledItem[],
  order: OrderLike
): ParcelLine[] {
  const lines = new Map((order?.items ?? []).map((i) => [i.id, i]))
  return items.map((item) => {
    const line = item.line_item_id ? lines.get(item.line_item_id) : undefined
    return {
      name: line?.product_title || line?.title || item.title || "OCOP",
      quantity: Number(item.quantity) || 1,
      unit_price: Number(line?.unit_price) || 0,
      variant: line?.variant ?? null,
    }
  })
}

/** A cart's lines (calculated-price context) as parcel lines. */
export function cartLines(items: any[] | null | undefined): ParcelLine[] {
  return (items ?? []).map((i: any) => ({
    name: i.product_title || i.title || "OCOP",
    quantity: Number(i.quantity) || 1,
    unit_price: Number(i.unit_price) || 0,
    variant: i.variant ?? null,
  }))
}

/**
 * The cash the courier collects, decided by the shop when the fulfilment is created
 * (additional_data.ocop_cod_amount, set server-side from the order's payments): a
 * parcel created without it is refused rather than sent with a wrong amount.
 */
export function codAmountOf(
  additionalData: Record<string, unknown> | undefined
) {
  const amount = Number(additionalData?.ocop_cod_amount)
  return Number.isFinite(amount) && amount >= 0 ? Math.round(amount) : null
}
