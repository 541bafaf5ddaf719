import type { Cart } from "~/lib/data/carts.server"
import { lineTitle } from "~/lib/format"
import { loadMessages, translator, type Locale, type MessageKey } from "~/lib/i18n"
import { stockShortfalls } from "~/lib/medusa.server"
import { shopCheckoutMessageLoaders } from "~/lib/messages/shop-checkout/lazy"
import { shopCheckoutRefusalsMessageLoaders } from "~/lib/messages/shop-checkout-refusals/lazy"
import type { ShippingChoice } from "./shipping-choices.server"

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

/** A line the stock refusal named: its title, and what is left against what was ordered when known. */
export type ShortLine = { title: string; available?: number; needed?: number }

/**
 * A stock refusal naming each short line: at a chosen pickup point (`atPoint`) or
 * wherever else the cart ships from. Without lines, the general words.
 */
export function stockRefusalText(locale: Locale, atPoint: boolean, lines: ShortLine[]): string {
  const t = translator(locale)
  if (!lines.length) return t(atPoint ? REFUSALS.pointOutOfStock : REFUSALS.outOfStock)
  const items = lines.map((line) => (line.available === undefined ? line.title : t("errors.shortItem", line))).join("; ")
  return t(atPoint ? "errors.pointShort" : "errors.short", { items })
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

/**
 * What the shopper is told when the backend refuses to place the order (4xx). A stock
 * refusal names the short lines and where: when that is a chosen pickup point, the
 * message goes under that shipment's choice, naming its lines; any other shortfall is a
 * form error naming its lines, and any other refusal a general one.
 */
export function refusedOrder(error: unknown, chosen: ShippingChoice[], cart: Cart, locale: Locale): { field: string | null; message: string } {
  const short = stockShortfalls(error)
  if (!short.length) return { field: null, message: refusalText(locale, "orderRefused") }
  const at = chosen.findIndex((o) => o.pickup?.locationId && short.some((s) => s.location_id === o.pickup?.locationId))
  const here = at >= 0 ? short.filter((s) => s.location_id === chosen[at].pickup?.locationId) : short
  const lines = here.flatMap((s) => {
    const item = cart.items?.find((i) => i.variant_id === s.variant_id)
    return item ? [{ title: lineTitle(item), available: s.available, needed: s.needed }] : []
  })
  return { field: at >= 0 ? `shippingOptionIds[${at}]` : null, message: stockRefusalText(locale, at >= 0, lines) }
}
