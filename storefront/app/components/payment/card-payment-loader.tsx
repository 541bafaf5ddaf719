import { lazy, Suspense, type ComponentProps } from "react"
import { CardFormFrame, CardLoading } from "./card-form-frame"

// Stripe's React bindings and loader are 9 KB gzip that only a shopper paying by card
// needs, and only after placing the order: the checkout loads them then (issue 18).
const loadCardPayment = () => import("./card-payment")
const CardPayment = lazy(() => loadCardPayment().then((m) => ({ default: m.CardPayment })))

/** Starts fetching the card form early, when the shopper picks the card. */
export function preloadCardPayment() {
  void loadCardPayment()
}

/** Stripe's card form, fetched on first use; until then the same form, waiting. */
export function CardPaymentLoader(props: ComponentProps<typeof CardPayment>) {
  return (
    <Suspense
      fallback={
        <CardFormFrame amount={props.amount} canPay={false}>
          <CardLoading />
        </CardFormFrame>
      }
    >
      <CardPayment {...props} />
    </Suspense>
  )
}
