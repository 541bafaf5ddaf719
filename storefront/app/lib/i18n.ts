import { createContext, useContext } from "react"
import { en } from "./messages/en"
import { vi } from "./messages/vi"

export const locales = ["vi", "en"] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = "vi"

export type MessageKey = keyof typeof vi
type Params = Record<string, string | number>
export type Message = string | ((params: Params) => string)

const catalogs: Record<Locale, Record<MessageKey, Message>> = { vi, en }

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value)
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === "string" && value in vi
}

/** Looks a key up and fills `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const message = catalogs[locale][key] ?? vi[key]
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
