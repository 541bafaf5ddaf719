/**
 * How a producer's statement adds up, in integer đồng:
 *
 *   gross   = online sales + counter sales of consigned goods
 *   base    = gross − refunds
 *   commission = base × rate, rounded to the nearest đồng, halves away from zero
 *   net payable = base − commission − fees
 *
 * The commission is rounded once per statement (never per line), so the statement's
 * amounts add up exactly. A refund of an order is shared among the order's lines in
 * proportion to their amounts (largest remainder), so the shares add up to the refund.
 */
export const SETTLEMENT_STATUSES = ["draft", "paid"] as const
export const SETTLEMENT_CHANNELS = ["online", "counter"] as const
export type SettlementChannel = (typeof SETTLEMENT_CHANNELS)[number]

/** 100 % in basis points. */
export const MAX_RATE_BP = 10_000

/** One order line, already attributed to the producer it accrues to. */
export type SaleLine = {
  producer_id: string
  product_id: string | null
  variant_id: string | null
  title: string
  channel: SettlementChannel
  quantity: number
  amount: number
}

/** A refund recorded in the period, with every line of the order it refunds. */
export type RefundEntry = { amount: number; order_lines: SaleLine[] }

export type StatementLineAmounts = {
  product_id: string | null
  variant_id: string | null
  title: string
  channel: SettlementChannel
  quantity: number
  amount: number
  refunds: number
}

export type StatementAmounts = {
  producer_id: string
  gross_online: number
  gross_counter: number
  refunds: number
  commission_rate_bp: number
  commission: number
  fees: number
  net_payable: number
  lines: StatementLineAmounts[]
}

const assertWholeDong = (value: number, name: string) => {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be a whole number of đồng, got ${value}`)
  }
}

/** Whether a commission rate in basis points is allowed: whole, 0 % to 100 %. */
export const isValidRateBp = (bp: number) =>
  Number.isInteger(bp) && bp >= 0 && bp <= MAX_RATE_BP

/** base × bp / 10 000 rounded to whole đồng, halves away from zero, in integers. */
export function commissionFor(base: number, rateBp: number): number {
  assertWholeDong(base, "base")
  if (!isValidRateBp(rateBp)) {
    throw new RangeError(`commission rate must be 0–${MAX_RATE_BP} bp`)
  }
  const sign = base < 0 ? -1 : 1
  const scaled = Math.abs(base) * rateBp
  const whole = Math.floor(scaled / MAX_RATE_BP)
  const rest = scaled - whole * MAX_RATE_BP
  return sign * (rest * 2 >= MAX_RATE_BP ? whole + 1 : whole)
}

/**
 * Splits `total` đồng across `weights` in proportion, each share whole, the shares
 * summing to `total` exactly (largest remainder; ties to the earlier weight).
 */
export function allocateProportionally(total: number, weights: number[]): number[] {
  assertWholeDong(total, "total")
  const sum = weights.reduce((a, w) => a + Math.max(w, 0), 0)
  if (!weights.length) return []
  if (sum === 0) {
    // Nothing to weigh by (free lines): the first line carries the refund.
    return weights.map((_, i) => (i === 0 ? total : 0))
  }
  const sign = total < 0 ? -1 : 1
  const abs = Math.abs(total)
  const exact = weights.map((w) => (abs * Math.max(w, 0)) / sum)
  const shares = exact.map(Math.floor)
  let left = abs - shares.reduce((a, s) => a + s, 0)
  const order = exact
    .map((e, i) => ({ i, rest: e - Math.floor(e) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    shares[i] += 1
    left -= 1
  }
  return shares.map((s) => sign * s)
}

const lineKey = (l: { variant_id: string | null; title: string; channel: string }) =>
  `${l.channel}|${l.variant_id ?? l.title}`

/**
 * The statements of a period, one per producer with anything in it: sales of the
 * period by product variant and channel, the period's refunds shared onto lines,
 * the commission at `rateBp`, and `fees` (per producer, 0 when absent).
 */
export function computeStatements(input: {
  sales: SaleLine[]
  refunds: RefundEntry[]
  rateBp: number
  fees?: Record<string, number>
}): StatementAmounts[] {
  const byProducer = new Map<string, Map<string, StatementLineAmounts>>()
  const lineOf = (sale: SaleLine) => {
    const lines = byProducer.get(sale.producer_id) ?? new Map()
    byProducer.set(sale.producer_id, lines)
    const key = lineKey(sale)
    const line =
      lines.get(key) ??
      ({
        product_id: sale.product_id,
        variant_id: sale.variant_id,
        title: sale.title,
        channel: sale.channel,
        quantity: 0,
        amount: 0,
        refunds: 0,
      } satisfies StatementLineAmounts)
    lines.set(key, line)
    return line
  }

  for (const sale of input.sales) {
    assertWholeDong(sale.amount, "amount")
    const line = lineOf(sale)
    line.quantity += sale.quantity
    line.amount += sale.amount
  }
  for (const refund of input.refunds) {
    assertWholeDong(refund.amount, "refund")
    const shares = allocateProportionally(
      refund.amount,
      refund.order_lines.map((l) => l.amount)
    )
    refund.order_lines.forEach((sale, i) => {
      if (shares[i]) lineOf(sale).refunds += shares[i]
    })
  }

  return [...byProducer.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([producer_id, lines]) => {
      const all = [...lines.values()]
      const sum = (channel: SettlementChannel) =>
        all.filter((l) => l.channel === channel).reduce((a, l) => a + l.amount, 0)
      const gross_online = sum("online")
      const gross_counter = sum("counter")
      const refunds = all.reduce((a, l) => a + l.refunds, 0)
      const base = gross_online + gross_counter - refunds
      const commission = commissionFor(base, input.rateBp)
      const fees = input.fees?.[producer_id] ?? 0
      assertWholeDong(fees, "fees")
      return {
        producer_id,
        gross_online,
        gross_counter,
        refunds,
        commission_rate_bp: input.rateBp,
        commission,
        fees,
        net_payable: base - commission - fees,
        lines: all.sort(
          (a, b) => a.channel.localeCompare(b.channel) || a.title.localeCompare(b.title)
        ),
      }
    })
}
