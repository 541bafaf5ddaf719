import { lazy, Suspense, type ComponentProps } from "react"
import { loadMessages, useT } from "~/lib/i18n"
import { shopCardPaymentMessageLoaders } from "~/lib/messages/shop-card-payment/lazy"
import { CardFormFrame, CardLoading } from "./card-form-frame"

// The form's texts come with its code (card-payment-loader.tsx fetches both when the card is picked).
await loadMessages(shopCardPaymentMessageLoaders)

// Stripe's React bindings and loader are 9 KB gzip that only a shopper paying by card
// needs, and only after placing the order: the checkout loads them then (issue 18).
const loadCardPayment = () => import("./card-payment")
const CardPayment = lazy(() => loadCardPayment().then((m) => ({ default: m.CardPayment })))

/** Starts fetching Stripe's code (card-payment-loader.tsx calls it when the card is picked). */
export function preloadStripe() {
  void loadCardPayment()
}

/**
 * Stripe's card form, fetched on first use; until then the same form, waiting. Without
 * JavaScript it cannot pay: the page says so.
 */
export function CardPaymentForm(props: ComponentProps<typeof CardPayment>) {
  const t = useT()
  return (
    <>
      <noscript>
        <p className="alert alert--warn">{t("payment.cardNeedsJs")}</p>
      </noscript>
      <Suspense
        fallback={
          <CardFormFrame amount={props.amount} canPay={false}>
            <CardLoading />
          </CardFormFrame>
        }
      >
        <CardPayment {...props} />
      </Suspense>
    </>
  )
}
