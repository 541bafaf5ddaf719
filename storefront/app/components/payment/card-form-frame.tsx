import type { FormEvent, ReactNode } from "react"
import { formatVnd } from "~/lib/format"
import { useT } from "~/lib/i18n"

/**
 * The card form around Stripe's Payment Element. The checkout shows it, with the loading
 * line in the Element's place, while the Stripe code is still on its way, so the form does
 * not move when that code arrives (card-payment-loader.tsx).
 */
export function CardFormFrame({
  amount,
  error,
  canPay,
  onSubmit,
  children,
}: {
  amount: number
  error?: string | null
  canPay: boolean
  onSubmit?: (event: FormEvent) => void
  children: ReactNode
}) {
  const t = useT()
  return (
    <form onSubmit={onSubmit} aria-labelledby="card-title" aria-describedby={error ? "card-error" : undefined}>
      <fieldset>
        <legend id="card-title">{t("payment.cardDetails")}</legend>
        {children}
        {error ? (
          <p className="alert alert--error" role="alert" id="card-error">
            {t("payment.cardFailed", { reason: error })}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" className="button" disabled={!canPay} style={{ width: "100%" }}>
        {t("payment.payNow", { amount: formatVnd(amount) })}
      </button>
    </form>
  )
}

/** Holds the Payment Element's place until Stripe has drawn it. */
export function CardLoading() {
  const t = useT()
  return (
    <p role="status" className="field-hint">
      {t("common.loading")}
    </p>
  )
}
