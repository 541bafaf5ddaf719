import { createCookie, createCookieSessionStorage, redirect, type Session } from "@remix-run/node"
import { defaultLocale, isLocale, type Locale } from "./i18n"

type SessionData = {
  cartId: string
  customerToken: string
  customerName: string
  customerId: string
  /** Items in the cart, kept here so every page can show it without a backend call. */
  cartCount: number
  /** Orders placed in this browser, so a guest's confirmation page survives a reload. */
  orderIds: string[]
}
type FlashData = { notice: string }

export type ShopSession = Session<SessionData, FlashData>

/**
 * Signing secret and `Secure` flag shared by every cookie session of the storefront
 * (the shopper's here, the consoles' in actor-session.server.ts). Plain http on
 * localhost in development and tests; set SESSION_COOKIE_SECURE=true behind https.
 */
export const sessionCookieSecurity = {
  secrets: [process.env.SESSION_SECRET || "ocop-market-dev-secret-change-me"],
  secure: process.env.SESSION_COOKIE_SECURE === "true",
}

export const sessionStorage = createCookieSessionStorage<SessionData, FlashData>({
  cookie: {
    name: "ocop_session",
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    ...sessionCookieSecurity,
    maxAge: 60 * 60 * 24 * 30,
  },
})

export function getSession(request: Request) {
  return sessionStorage.getSession(request.headers.get("cookie"))
}

export async function commitHeaders(session: ShopSession): Promise<HeadersInit> {
  return { "set-cookie": await sessionStorage.commitSession(session) }
}

export async function getCustomerToken(request: Request): Promise<string | null> {
  return (await getSession(request)).get("customerToken") ?? null
}

/** The token of the signed-in customer, or a redirect to the sign-in page. */
export async function requireCustomerToken(request: Request): Promise<string> {
  const token = await getCustomerToken(request)
  if (!token) {
    const url = new URL(request.url)
    throw redirect(`/account/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`)
  }
  return token
}

export function rememberOrder(session: ShopSession, orderId: string) {
  const ids = session.get("orderIds") ?? []
  session.set("orderIds", [orderId, ...ids.filter((id) => id !== orderId)].slice(0, 10))
}

const localeCookie = createCookie("ocop_lang", { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 })

export async function getLocale(request: Request): Promise<Locale> {
  const value = await localeCookie.parse(request.headers.get("cookie"))
  return isLocale(value) ? value : defaultLocale
}

export function serializeLocale(locale: Locale): Promise<string> {
  return localeCookie.serialize(locale)
}
