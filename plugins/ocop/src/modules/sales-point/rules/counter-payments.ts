import { MedusaError } from "@medusajs/framework/utils"

export const COUNTER_PAYMENT_METHODS = [
  "cash",
  "card_at_counter",
  "vietqr",
] as const
export type CounterPaymentMethod = (typeof COUNTER_PAYMENT_METHODS)[number]

/** One part of what a customer pays at the counter, as the staff member entered it. */
export type CounterPaymentInput = {
  method: CounterPaymentMethod
  amount: number
  /** Cash only: what the customer handed over (defaults to the amount). */
  tendered?: number | null
  /** Card: the terminal's approval code. */
  reference?: string | null
  /** VietQR: the code made for this sale (POST /sales-point/points/:id/vietqr). */
  vietqr_id?: string | null
  /** VietQR: the staff member saw the transfer arrive. */
  confirmed?: boolean | null
}

export type SettledCounterPayment = CounterPaymentInput & {
  tendered: number | null
  change: number | null
}

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks a sale's payments against its total and works out the change: together
 * they must make the total exactly (the server's sum, never the console's); cash
 * handed over must cover its part, and the difference is the change to give back.
 * Only cash is handed over; a VietQR part must name the code shown for it. Every
 * refusal names the field.
 */
export function settleCounterPayments(
  payments: CounterPaymentInput[],
  total: number
): { payments: SettledCounterPayment[]; change: number } {
  const settled = payments.map((p, i): SettledCounterPayment => {
    const field = `payments[${i}]`
    if (!Number.isSafeInteger(p.amount) || p.amount <= 0) {
      throw invalid(`${field}.amount: a positive whole number of đồng`)
    }
    if (p.method !== "cash" && p.tendered != null) {
      throw invalid(`${field}.tendered: only cash is handed over`)
    }
    if (p.method === "vietqr" && !p.vietqr_id) {
      throw invalid(
        `${field}.vietqr_id: show the customer a VietQR code for ${p.amount} đồng first`
      )
    }
    if (p.method !== "cash") return { ...p, tendered: null, change: null }
    const tendered = p.tendered ?? p.amount
    if (!Number.isSafeInteger(tendered) || tendered < 0) {
      throw invalid(`${field}.tendered: a whole number of đồng, 0 or more`)
    }
    if (tendered < p.amount) {
      throw invalid(
        `${field}.tendered: ${tendered} đồng handed over is ${p.amount - tendered} đồng short of ${p.amount} đồng`
      )
    }
    return { ...p, tendered, change: tendered - p.amount }
  })
  const sum = settled.reduce((s, p) => s + p.amount, 0)
  if (sum !== total) {
    throw invalid(
      `payments: the payments add up to ${sum} đồng, the sale is ${total} đồng`
    )
  }
  return {
    payments: settled,
    change: settled.reduce((s, p) => s + (p.change ?? 0), 0),
  }
}

/** What a shift's till should hold: the float, plus cash taken, minus cash refunded. */
export function expectedShiftCash(
  openingFloat: number,
  payments: { method: string; kind: string; amount: number; status: string }[]
): number {
  return payments
    .filter((p) => p.method === "cash" && p.status === "received")
    .reduce(
      (cash, p) => cash + (p.kind === "refund" ? -p.amount : p.amount),
      openingFloat
    )
}
