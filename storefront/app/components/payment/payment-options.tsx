import { getInputProps, type FieldMetadata } from "~/lib/form"
import { ErrorList } from "~/components/ui/field"
import { useT } from "~/lib/i18n"
import type { PaymentKind } from "./payment-methods"
import { paymentLabel } from "./payment-labels"

export type PaymentMethodOption = { id: string; kind: PaymentKind }

const HINTS: Record<
  PaymentKind,
  "checkout.codHint" | "payment.vietqrHint" | "payment.cardHint" | "payment.walletHint"
> = {
  cod: "checkout.codHint",
  vietqr: "payment.vietqrHint",
  card: "payment.cardHint",
  vnpay: "payment.walletHint",
  momo: "payment.walletHint",
  zalopay: "payment.walletHint",
  momoAtm: "payment.walletHint",
}

/** The payment methods as one radio group: a legend names it, arrow keys move between them. */
export function PaymentOptions({
  field,
  methods,
  onChange,
  ships = true,
}: {
  field: FieldMetadata
  methods: PaymentMethodOption[]
  onChange?: (id: string) => void
  /** False when the cart holds experiences only: cash is then paid at the venue. */
  ships?: boolean
}) {
  const t = useT()
  return (
    <fieldset aria-describedby={field.errors ? field.errorId : undefined}>
      <legend>{t("payment.legend")}</legend>
      {methods.map((m) => (
        <label className="choice" key={m.id}>
          <input
            {...getInputProps(field, { type: "radio", value: m.id })}
            onChange={() => onChange?.(m.id)}
          />
          <span className="choice__text">
            <span>{paymentLabel(m.kind, t, ships)}</span>
            <span className="choice__meta">
              {t(m.kind === "cod" && !ships ? "payment.codAtVenueHint" : HINTS[m.kind])}
            </span>
          </span>
        </label>
      ))}
      <ErrorList id={field.errorId} errors={field.errors} />
    </fieldset>
  )
}
