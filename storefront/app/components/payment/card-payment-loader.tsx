import { lazy, Suspense, type ComponentProps } from "react"
import type { CardPaymentForm as Form } from "./card-payment-form"

// The card form (its frame and texts, then Stripe's code) is for a shopper paying by card
// only: the checkout fetches it when the card is picked, before the order is placed, so it
// is here when the form appears (issue 18). The server renders it at once, so the page's
// HTML holds the whole form.
const loadCardForm = () => import("./card-payment-form")
const CardPaymentForm = import.meta.env.SSR
  ? (await loadCardForm()).CardPaymentForm
  : lazy(() => loadCardForm().then((m) => ({ default: m.CardPaymentForm })))

/** Starts fetching the card form, then Stripe's code, when the shopper picks the card. */
export function preloadCardPayment() {
  void loadCardForm().then((m) => m.preloadStripe())
}

/** The card form; in the browser nothing until its code is here (preloadCardPayment). */
export function CardPaymentLoader(props: ComponentProps<typeof Form>) {
  return (
    <Suspense fallback={null}>
      <CardPaymentForm {...props} />
    </Suspense>
  )
}
