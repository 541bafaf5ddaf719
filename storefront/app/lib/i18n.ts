import { createContext, useContext } from "react"
import type { vi as commonVi } from "./messages/common/vi"
import type { vi as formsVi } from "./messages/forms/vi"
import type { vi as ordersVi } from "./messages/orders/vi"
import type { vi as producerVi } from "./messages/producer/vi"
import type { vi as salesPointVi } from "./messages/sales-point/vi"
import type { vi as salesPointOfflineVi } from "./messages/sales-point-offline/vi"
import type { vi as shopVi } from "./messages/shop/vi"
import type { vi as shopOrdersVi } from "./messages/shop-orders/vi"
import type { vi as shopProducerVi } from "./messages/shop-producer/vi"
import type { vi as shopSearchBoxVi } from "./messages/shop-search-box/vi"
import type { vi as shopCheckoutVi } from "./messages/shop-checkout/vi"
import type { vi as shopCardPaymentVi } from "./messages/shop-card-payment/vi"
import type { vi as shopCheckoutRefusalsVi } from "./messages/shop-checkout-refusals/vi"
import type { vi as shopLookupVi } from "./messages/shop-lookup/vi"
import type { vi as shopCustomerVi } from "./messages/shop-customer/vi"
import type { vi as shopAccountVi } from "./messages/shop-account/vi"
import type { vi as shopCartVi } from "./messages/shop-cart/vi"
import type { vi as shopReviewVi } from "./messages/shop-review/vi"
import type { vi as shopHomeVi } from "./messages/shop-home/vi"
import type { vi as shopCatalogVi } from "./messages/shop-catalog/vi"
import type { vi as shopProductVi } from "./messages/shop-product/vi"
import type { vi as shopPlacesVi } from "./messages/shop-places/vi"
import type { vi as shopExperiencesVi } from "./messages/shop-experiences/vi"

export const locales = ["vi", "en"] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = "vi"

export type MessageKey =
  | keyof typeof commonVi
  | keyof typeof formsVi
  | keyof typeof ordersVi
  | keyof typeof shopVi
  | keyof typeof shopOrdersVi
  | keyof typeof shopProducerVi
  | keyof typeof shopSearchBoxVi
  | keyof typeof shopCheckoutVi
  | keyof typeof shopCardPaymentVi
  | keyof typeof shopCheckoutRefusalsVi
  | keyof typeof shopLookupVi
  | keyof typeof shopCustomerVi
  | keyof typeof shopAccountVi
  | keyof typeof shopCartVi
  | keyof typeof shopReviewVi
  | keyof typeof shopHomeVi
  | keyof typeof shopCatalogVi
  | keyof typeof shopProductVi
  | keyof typeof shopPlacesVi
  | keyof typeof shopExperiencesVi
  | keyof typeof producerVi
  | keyof typeof salesPointVi
  | keyof typeof salesPointOfflineVi
type Params = Record<string, string | number>
export type Message = string | ((params: Params) => string)
type Catalog = Partial<Record<MessageKey, Message>>
/** One app's messages in both languages (messages/<app>/index.ts). */
export type AppMessages = Record<Locale, Catalog>
/** One app's messages, each language loaded on demand (messages/<app>/lazy.ts). */
export type AppMessageLoaders = Record<Locale, () => Promise<Catalog>>

// The root adds the common messages and each layout route its own app's with
// loadMessages, before its module finishes loading.
const catalogs: AppMessages = { vi: {}, en: {} }

/**
 * Adds an app's messages. The shop, portal and console layouts each call it with their
 * own, so a browser downloads only the messages of the app it opens (the layout module is
 * loaded before any of its pages renders); the server loads every route, so knows them all.
 */
export function registerMessages(messages: Partial<AppMessages>) {
  for (const locale of locales) Object.assign(catalogs[locale], messages[locale])
}

/**
 * Loads and registers an app's messages, or a page's own dictionaries (messages/shop-*). In the browser only in the page's language
 * (`<html lang>`): a dictionary is the biggest part of a page's own JavaScript, and a
 * page never shows the other language (switching reloads the document). On the
 * server, and wherever the page's language is unknown, both.
 */
export async function loadMessages(...dictionaries: AppMessageLoaders[]) {
  const pageLocale = typeof document === "undefined" ? null : document.documentElement.lang
  const wanted = isLocale(pageLocale) ? [pageLocale] : locales
  // A page's dictionaries together, not one after the other.
  const loaded = await Promise.all(dictionaries.flatMap((loaders) => wanted.map((locale) => loaders[locale]())))
  loaded.forEach((catalog, i) => registerMessages({ [wanted[i % wanted.length]]: catalog }))
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value)
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === "string" && (value in catalogs.vi || value in catalogs.en)
}

/** Looks a key up and fills `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const message = catalogs[locale][key] ?? catalogs.vi[key]
  // A key of an app whose layout is not loaded: show the key rather than break the page.
  if (message === undefined) return key
  if (typeof message === "function") return message(params)
  return message.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? `{${name}}`))
}

export type Translate = (key: MessageKey, params?: Params) => string

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params)
}

export const LocaleContext = createContext<Locale>(defaultLocale)

export function useLocale(): Locale {
  return useContext(LocaleContext)
}

export function useT(): Translate {
  return translator(useLocale())
}
