import {
  Elements,
  PaymentElement,
  useElements,
  useStripe,
} from "@stripe/react-stripe-js"
// The pure entry injects Stripe.js only when loadStripe is called, not on import: a page
// without a card form never contacts Stripe.
import type { Stripe } from "@stripe/stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"
import { useMemo, useState, type FormEvent } from "react"
import { useLocale } from "~/lib/i18n"
import { safeRedirect } from "~/lib/safe-url"
import { CardFormFrame, CardLoading } from "./card-form-frame"

let stripePromise: Promise<Stripe | null> | null = null
// Stripe.js is loaded once, and only on the page that takes a card.
const stripeFor = (publishableKey: string) =>
  (stripePromise ??= loadStripe(publishableKey))

type CardPaymentProps = {
  publishableKey: string
  clientSecret: string
  amount: number
  /** Where Stripe sends the shopper back after 3-D Secure; the checkout loader completes the order there. */
  returnPath: string
}

/** Stripe's Payment Element for the cart's PaymentIntent, confirmed here, completed by the checkout on return. */
export function CardPayment(props: CardPaymentProps) {
  const locale = useLocale()
  const stripe = useMemo(
    () => stripeFor(props.publishableKey),
    [props.publishableKey]
  )
  return (
    <Elements
      stripe={stripe}
      options={{ clientSecret: props.clientSecret, locale }}
    >
      <CardForm {...props} />
    </Elements>
  )
}

function CardForm({ amount, returnPath }: CardPaymentProps) {
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string | null>(null)
  const [paying, setPaying] = useState(false)
  const [ready, setReady] = useState(false)

  async function pay(event: FormEvent) {
    event.preventDefault()
    if (!stripe || !elements) return
    setPaying(true)
    setError(null)
    const returnUrl = new URL(safeRedirect(returnPath, "/checkout"), window.location.origin).toString()
    // A card that needs 3-D Secure leaves for the bank and comes back to returnUrl;
    // one that does not is confirmed in place and follows the same way back.
    const result = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: returnUrl },
      redirect: "if_required",
    })
    if (result.error) {
      setError(result.error.message ?? "")
      setPaying(false)
      return
    }
    const back = new URL(returnUrl)
    back.searchParams.set("payment_intent", result.paymentIntent.id)
    back.searchParams.set("redirect_status", result.paymentIntent.status)
    window.location.assign(back.toString())
  }

  return (
    <CardFormFrame amount={amount} error={error} canPay={Boolean(stripe) && !paying} onSubmit={pay}>
      {ready ? null : <CardLoading />}
      <PaymentElement onReady={() => setReady(true)} />
    </CardFormFrame>
  )
}
