/**
 * Lots and expiry dates at a sales point (decision 405): which OCOP criteria sets
 * must be received with a lot and its expiry date, what "expired" means, and which
 * lots a stock change takes its units from. Pure: the stock step and its tests
 * share them.
 */

// Criteria sets whose goods carry an expiry date (hạn sử dụng) on their label:
// sector I food (01–13), sector II drinks (14–17) and set 18, functional foods and
// traditional medicines. Essential oils, cosmetics, crafts, textiles and plants do not.
export const LOT_REQUIRED_CATEGORY_SETS = Array.from({ length: 18 }, (_, i) =>
  String(i + 1).padStart(2, "0")
)

/** A product of this set is received only with a lot code and its expiry date. */
export const needsLotAndExpiry = (categorySet: string | null | undefined) =>
  !!categorySet && LOT_REQUIRED_CATEGORY_SETS.includes(categorySet.padStart(2, "0"))

/** "Sắp hết hạn": lots expiring within this many days. */
export const EXPIRING_WITHIN_DAYS = 30

/** Today's date in Vietnam (UTC+7, no daylight saving), YYYY-MM-DD. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10)
}

/** The day `days` after a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** A lot is sellable through its expiry day and expired from the next one. */
export const isExpired = (expiresOn: string | null, today: string) =>
  expiresOn !== null && expiresOn < today

export type LotOnHand = {
  id: string
  expires_on: string | null
  remaining_quantity: number
}

/**
 * How a stock change chooses the lots its units leave from:
 * - `sellable` (a sale, a transfer): never an expired lot; units no lot claims
 *   (stock from before lots were kept, the oldest on the shelf) first, then the lots
 *   by earliest expiry (FEFO);
 * - `expired_first` (written off as expired): expired lots first, then as `any`;
 * - `any` (damage, a count correction): unlotted, then every lot by earliest expiry.
 */
export type LotPick = "sellable" | "expired_first" | "any"

// Earliest expiry first; lots without one after every dated lot; then as listed
// (the caller lists them in the order they were received).
export function fefo<T extends LotOnHand>(lots: T[]): T[] {
  return lots
    .map((lot, i) => ({ lot, i }))
    .sort((a, b) => {
      const x = a.lot.expires_on ?? "9999-12-31"
      const y = b.lot.expires_on ?? "9999-12-31"
      return x < y ? -1 : x > y ? 1 : a.i - b.i
    })
    .map(({ lot }) => lot)
}

export type LotTakes = {
  takes: { lot_id: string; quantity: number }[]
  from_unlotted: number
  // Units the change needs and the allowed lots (and unlotted stock) cannot give.
  short: number
}

/**
 * The units `quantity` takes out of a point's stock of one item: from the unlotted
 * units and from which lots, by `pick`, or from the one lot named.
 */
export function takeFromLots(input: {
  quantity: number
  unlotted: number
  lots: LotOnHand[]
  today: string
  pick: LotPick
  lot_id?: string | null
}): LotTakes {
  const takes: LotTakes["takes"] = []
  let due = input.quantity
  const take = (lot: LotOnHand) => {
    const n = Math.min(due, lot.remaining_quantity)
    if (n > 0) {
      takes.push({ lot_id: lot.id, quantity: n })
      due -= n
    }
  }
  if (input.lot_id) {
    const lot = input.lots.find((l) => l.id === input.lot_id)
    if (lot) take(lot)
    return { takes, from_unlotted: 0, short: due }
  }
  const ordered = fefo(input.lots.filter((l) => l.remaining_quantity > 0))
  const expired = ordered.filter((l) => isExpired(l.expires_on, input.today))
  const fresh = ordered.filter((l) => !isExpired(l.expires_on, input.today))
  if (input.pick === "expired_first") expired.forEach(take)
  const from_unlotted = Math.min(due, Math.max(input.unlotted, 0))
  due -= from_unlotted
  if (input.pick === "any") ordered.forEach(take)
  else fresh.forEach(take)
  return { takes, from_unlotted, short: due }
}

/**
 * Returned units go back on the lots a sale took them from: of a lot the sale took
 * several, the earliest expiry first (a unit whose lot nobody can tell is assumed to
 * expire soonest), then to the unlotted stock for what the sale took from there.
 */
export function returnToLots(input: {
  quantity: number
  // Per lot, units the sale took that have not come back yet.
  taken: (LotOnHand & { outstanding: number })[]
}): { gives: { lot_id: string; quantity: number }[]; to_unlotted: number } {
  let due = input.quantity
  const gives: { lot_id: string; quantity: number }[] = []
  for (const lot of fefo(input.taken)) {
    const n = Math.min(due, lot.outstanding)
    if (n > 0) {
      gives.push({ lot_id: lot.id, quantity: n })
      due -= n
    }
  }
  return { gives, to_unlotted: due }
}

/**
 * What is wrong with a receipt's lot, as "field: why", or null: a food set needs a
 * lot code and its expiry date; an expiry date needs its lot; a lot already expired
 * (or produced after it expires, or in the future) is not received.
 */
export function receivedLotProblem(input: {
  category_set: string | null
  lot_code?: string | null
  expires_on?: string | null
  produced_on?: string | null
  today: string
}): string | null {
  const food = needsLotAndExpiry(input.category_set)
  const set = input.category_set
  if (food && !input.lot_code)
    return `lot_code: required for a food product (OCOP set ${set}): the lot printed on its label`
  if (food && !input.expires_on)
    return `expires_on: required for a food product (OCOP set ${set}): the expiry date (HSD) printed on its label`
  if ((input.expires_on || input.produced_on) && !input.lot_code)
    return "lot_code: a lot's dates need its lot code"
  if (input.expires_on && input.expires_on < input.today)
    return `expires_on: this lot expired on ${input.expires_on}; expired goods cannot be received`
  if (input.produced_on && input.produced_on > input.today)
    return `produced_on: ${input.produced_on} is in the future`
  if (
    input.produced_on &&
    input.expires_on &&
    input.produced_on > input.expires_on
  )
    return "produced_on: must not be after expires_on"
  return null
}

/**
 * Units to take off lots that claim more than Medusa stocks of the item (units left
 * without the point's ledger: an online order fulfilled there, a level edited in
 * Admin), the way a sale would have taken them: non-expired earliest expiry first,
 * then expired lots.
 */
export function lotsOverStock(
  lots: LotOnHand[],
  stocked: number,
  today: string
): { lot_id: string; quantity: number }[] {
  let excess =
    lots.reduce((s, l) => s + Math.max(l.remaining_quantity, 0), 0) -
    Math.max(stocked, 0)
  if (excess <= 0) return []
  const left = new Map(lots.map((l) => [l.id, l.remaining_quantity]))
  const out: { lot_id: string; quantity: number }[] = []
  for (const pick of ["sellable", "any"] as const) {
    const { takes } = takeFromLots({
      quantity: excess,
      unlotted: 0,
      lots: lots.map((l) => ({ ...l, remaining_quantity: left.get(l.id)! })),
      today,
      pick,
    })
    for (const t of takes) {
      left.set(t.lot_id, left.get(t.lot_id)! - t.quantity)
      out.push(t)
      excess -= t.quantity
    }
  }
  return out
}
