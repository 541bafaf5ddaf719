import { loadMessages, translator, type Locale, type MessageKey } from "~/lib/i18n"
import { shopCheckoutMessageLoaders } from "~/lib/messages/shop-checkout/lazy"
import { shopCheckoutRefusalsMessageLoaders } from "~/lib/messages/shop-checkout-refusals/lazy"

// What the checkout answers when the backend, a carrier or the card's bank says no: the
// action and loader send it worded in the page's language (the page shows a text that is
// not a message key as it is), so the browser never downloads these messages (issue 18).
// The checkout's own are loaded too: a refused invoice e-mail is told with the form's message.
await loadMessages(shopCheckoutRefusalsMessageLoaders, shopCheckoutMessageLoaders)

const REFUSALS = {
  carrierRefused: "errors.carrierRefused",
  pointOutOfStock: "errors.pointOutOfStock",
  outOfStock: "errors.outOfStock",
  orderRefused: "errors.orderRefused",
  generic: "errors.generic",
  cardReturnFailed: "payment.cardReturnFailed",
} satisfies Record<string, MessageKey>

export type Refusal = keyof typeof REFUSALS

/** The refusal in the page's language. */
export function refusalText(locale: Locale, refusal: Refusal): string {
  return translator(locale)(REFUSALS[refusal])
}

/** The message under each company-invoice field the backend may refuse. */
const COMPANY_INVOICE: Record<string, MessageKey> = {
  companyName: "errors.companyName",
  taxCode: "errors.taxCode",
  companyAddress: "errors.companyAddress",
  invoiceEmail: "errors.invoiceEmail",
}

/** Why the backend refused the company invoice's `field`, in the page's language. */
export function companyInvoiceRefusal(locale: Locale, field: string): string {
  return translator(locale)(COMPANY_INVOICE[field] ?? "errors.generic")
}
