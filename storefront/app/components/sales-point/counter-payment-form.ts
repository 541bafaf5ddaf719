import type { CounterPayment } from "~/lib/data/sales-point-api.server"

export const PAYMENT_CHOICES = ["cash", "card_at_counter", "vietqr", "split"] as const
export type PaymentChoice = (typeof PAYMENT_CHOICES)[number]

export type PaymentFieldError =
  | "staffConsole.pay.errorAmount"
  | "staffConsole.pay.errorShort"
  | "staffConsole.pay.errorSplit"
  | "errors.required"

/**
 * Whole đồng from what a clerk types: "100000", "100.000", "100 000" or "100,000"
 * (Vietnamese groups thousands with dots). Blank is null; anything else, or a
 * negative or fractional amount, is NaN.
 */
export function parseDong(text: FormDataEntryValue | null): number | null {
  const raw = String(text ?? "").trim()
  if (!raw) return null
  if (!/^\d{1,3}([.\s,]?\d{3})*$/.test(raw)) return Number.NaN
  const n = Number(raw.replace(/[.\s,]/g, ""))
  return Number.isSafeInteger(n) ? n : Number.NaN
}

/** Cash handed over for `due`: the change, or null when it does not cover it (or is not typed). */
export function changeFor(tendered: number | null, due: number): number | null {
  if (tendered === null || Number.isNaN(tendered) || tendered < due) return null
  return tendered - due
}

/**
 * The counter form's payment fields as the API's payments for a total, or the
 * fields that are wrong. The API checks the same again against its own total;
 * this only spares the clerk a round trip. VietQR has no parts yet: the action
 * first makes a code for the total.
 */
export function counterPaymentsFrom(
  form: FormData,
  total: number
): { choice: PaymentChoice | null; payments: CounterPayment[]; errors: Record<string, PaymentFieldError> } {
  const choice = String(form.get("payment_method") ?? "") as PaymentChoice
  if (!(PAYMENT_CHOICES as readonly string[]).includes(choice)) {
    return { choice: null, payments: [], errors: { payment_method: "errors.required" } }
  }
  const errors: Record<string, PaymentFieldError> = {}
  const cashPart = (amount: number, field: string): CounterPayment => {
    const tendered = parseDong(form.get(field))
    if (tendered !== null && Number.isNaN(tendered)) errors[field] = "staffConsole.pay.errorAmount"
    else if (tendered !== null && tendered < amount) errors[field] = "staffConsole.pay.errorShort"
    return { method: "cash", amount, tendered: tendered ?? amount }
  }
  const reference = String(form.get("card_reference") ?? "").trim().slice(0, 40) || null
  if (choice === "cash") return { choice, payments: [cashPart(total, "tendered")], errors }
  if (choice === "card_at_counter") return { choice, payments: [{ method: "card_at_counter", amount: total, reference }], errors }
  if (choice === "vietqr") return { choice, payments: [], errors }
  const cash = parseDong(form.get("split_cash"))
  if (cash === null || Number.isNaN(cash) || cash <= 0 || cash >= total) {
    return { choice, payments: [], errors: { split_cash: "staffConsole.pay.errorSplit" } }
  }
  return { choice, payments: [cashPart(cash, "split_tendered"), { method: "card_at_counter", amount: total - cash, reference }], errors }
}
