import { useEffect, useState } from "react"
import { formatVnd } from "~/lib/format"
import { useT } from "~/lib/i18n"
import { changeFor, parseDong, PAYMENT_CHOICES, type PaymentChoice, type PaymentFieldError } from "./counter-payment-form"

const CHOICE_LABELS = {
  cash: "staffConsole.payment.cash",
  card_at_counter: "staffConsole.payment.card_at_counter",
  vietqr: "staffConsole.payment.vietqr",
  split: "staffConsole.payment.split",
} as const

function FieldError({ id, error }: { id: string; error?: PaymentFieldError }) {
  const t = useT()
  return error ? (
    <p className="field-errors" id={id}>
      {t(error)}
    </p>
  ) : null
}

function MoneyInput({ id, name, label, value, onChange, error }: { id: string; name: string; label: string; value: string; onChange: (v: string) => void; error?: PaymentFieldError }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        inputMode="numeric"
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  )
}

/** The change to give, worked out as the clerk types what was handed over. */
function Change({ tendered, due }: { tendered: string; due: number }) {
  const t = useT()
  const change = changeFor(parseDong(tendered), due)
  return (
    <p className="staff-change" aria-live="polite">
      {t("staffConsole.pay.change")}: <output data-testid="change-due">{change === null ? "—" : formatVnd(change)}</output>
    </p>
  )
}

/**
 * How the customer pays: cash (with what was handed over and the change), card,
 * VietQR, or cash and card split. Without JavaScript every method's fields show and
 * the server works out the change; with it only the chosen method's fields do.
 */
export function CounterPaymentFields({ total, errors }: { total: number; errors: Record<string, PaymentFieldError> }) {
  const t = useT()
  const [choice, setChoice] = useState<PaymentChoice>("cash")
  const [scripted, setScripted] = useState(false)
  const [tendered, setTendered] = useState("")
  const [splitCash, setSplitCash] = useState("")
  const [splitTendered, setSplitTendered] = useState("")
  useEffect(() => setScripted(true), [])
  const shows = (c: PaymentChoice) => !scripted || choice === c
  const cashPart = parseDong(splitCash)
  return (
    <fieldset className="staff-payment" aria-describedby={errors.payment_method ? "payment-error" : undefined}>
      <legend>{t("staffConsole.sell.payment")}</legend>
      <div className="staff-payment__choices">
        {PAYMENT_CHOICES.map((m) => (
          <label key={m} className="staff-payment__choice">
            <input type="radio" name="payment_method" value={m} checked={choice === m} onChange={() => setChoice(m)} /> {t(CHOICE_LABELS[m])}
          </label>
        ))}
      </div>
      <FieldError id="payment-error" error={errors.payment_method} />
      {shows("cash") ? (
        <div className="staff-payment__part" data-method="cash">
          <MoneyInput id="pay-tendered" name="tendered" label={t("staffConsole.pay.tendered")} value={tendered} onChange={setTendered} error={errors.tendered} />
          {scripted ? <Change tendered={tendered} due={total} /> : <p className="field-hint">{t("staffConsole.pay.tenderedHint")}</p>}
        </div>
      ) : null}
      {shows("card_at_counter") || shows("split") ? (
        <div className="staff-payment__part" data-method="card_at_counter">
          <div className="field">
            <label htmlFor="pay-card-reference">{t("staffConsole.pay.cardReference")}</label>
            <input id="pay-card-reference" name="card_reference" autoComplete="off" maxLength={40} />
          </div>
        </div>
      ) : null}
      {shows("vietqr") ? <p className="field-hint staff-payment__part">{t("staffConsole.pay.vietqrHint")}</p> : null}
      {shows("split") ? (
        <div className="staff-payment__part" data-method="split">
          <MoneyInput id="pay-split-cash" name="split_cash" label={t("staffConsole.pay.splitCash")} value={splitCash} onChange={setSplitCash} error={errors.split_cash} />
          {scripted && cashPart !== null && !Number.isNaN(cashPart) && cashPart > 0 && cashPart < total ? (
            <p className="portal-muted">{t("staffConsole.pay.splitCard", { amount: formatVnd(total - cashPart) })}</p>
          ) : null}
          <MoneyInput id="pay-split-tendered" name="split_tendered" label={t("staffConsole.pay.tendered")} value={splitTendered} onChange={setSplitTendered} error={errors.split_tendered} />
          {scripted && cashPart !== null && !Number.isNaN(cashPart) ? <Change tendered={splitTendered} due={cashPart} /> : null}
        </div>
      ) : null}
    </fieldset>
  )
}
