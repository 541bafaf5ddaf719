import { createContext, useContext } from "react"
import { commonMessages } from "./messages/common"
import type { vi as commonVi } from "./messages/common/vi"
import type { vi as producerVi } from "./messages/producer/vi"
import type { vi as salesPointVi } from "./messages/sales-point/vi"
import type { vi as shopVi } from "./messages/shop/vi"

export const locales = ["vi", "en"] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = "vi"

export type MessageKey = keyof typeof commonVi | keyof typeof shopVi | keyof typeof producerVi | keyof typeof salesPointVi
type Params = Record<string, string | number>
export type Message = string | ((params: Params) => string)
/** One app's messages in both languages (messages/<app>/index.ts). */
export type AppMessages = Record<Locale, Partial<Record<MessageKey, Message>>>

// Every app uses the common messages; each layout route adds its own app's with
// registerMessages when its module loads.
const catalogs: AppMessages = { vi: { ...commonMessages.vi }, en: { ...commonMessages.en } }

/**
 * Adds an app's messages. The shop, portal and console layouts each call it with their
 * own, so a browser downloads only the messages of the app it opens (the layout module is
 * loaded before any of its pages renders); the server loads every route, so knows them all.
 */
export function registerMessages(messages: AppMessages) {
  for (const locale of locales) Object.assign(catalogs[locale], messages[locale])
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value)
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === "string" && value in catalogs.vi
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
