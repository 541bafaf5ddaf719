/** A cart or order line as the carriers need it: what, how many, how heavy and big. */
export type ParcelLine = {
  name: string
  quantity: number
  /** Unit price in đồng, for the declared value. */
  unit_price: number
  variant?: {
    weight?: number | null
    length?: number | null
    width?: number | null
    height?: number | null
  } | null
}

export type Parcel = {
  /** Grams, as both GHN and GHTK take it. */
  weight: number
  /** Centimetres. */
  length: number
  width: number
  height: number
  /** Declared value (insurance) in whole đồng. */
  value: number
  items: { name: string; quantity: number; weight: number; price: number }[]
}

/**
 * A line without a recorded weight counts as this many grams: OCOP goods are mostly
 * jars, packs and bottles; a carrier reweighs at pick-up and bills the difference.
 */
export const DEFAULT_ITEM_GRAMS = 500
const DEFAULT_SIDE_CM = 10

/**
 * One box for the whole shipment: weights add up, the box is as long and wide as the
 * largest item and as high as the items stacked (variants record grams and cm).
 */
export function parcelOf(lines: ParcelLine[]): Parcel {
  const items = lines.map((l) => {
    const grams = Math.max(
      1,
      Math.round(Number(l.variant?.weight) || DEFAULT_ITEM_GRAMS)
    )
    return {
      name: l.name,
      quantity: l.quantity,
      weight: grams,
      price: Math.round(l.unit_price),
      length: Number(l.variant?.length) || DEFAULT_SIDE_CM,
      width: Number(l.variant?.width) || DEFAULT_SIDE_CM,
      height: Number(l.variant?.height) || DEFAULT_SIDE_CM,
    }
  })
  return {
    weight: items.reduce((sum, i) => sum + i.weight * i.quantity, 0),
    length: Math.ceil(Math.max(DEFAULT_SIDE_CM, ...items.map((i) => i.length))),
    width: Math.ceil(Math.max(DEFAULT_SIDE_CM, ...items.map((i) => i.width))),
    height: Math.ceil(
      Math.max(
        DEFAULT_SIDE_CM,
        items.reduce((sum, i) => sum + i.height * i.quantity, 0)
      )
    ),
    value: items.reduce((sum, i) => sum + i.price * i.quantity, 0),
    items: items.map(({ name, quantity, weight, price }) => ({
      name,
      quantity,
      weight,
      price,
    })),
  }
}
