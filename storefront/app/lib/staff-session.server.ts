import type { Session } from "@remix-run/node"
import { createActorSession } from "./actor-session.server"
import { isMessageKey, type MessageKey } from "./i18n"

export type BasketLine = {
  variant_id: string
  product_id: string
  product_title: string
  variant_title: string | null
  quantity: number
}

type StaffSessionData = {
  token: string
  staffName: string
  /** The counter basket per point, kept here so it works without JavaScript and survives a reload. */
  baskets: Record<string, BasketLine[]>
}
type StaffFlash = { notice: string }

export type StaffSession = Session<StaffSessionData, StaffFlash>

// Cookie `ocop_staff` on /sales-point: the shopper's and producer's sessions never see it.
const staff = createActorSession<StaffSessionData, StaffFlash>({
  cookie: "ocop_staff",
  path: "/sales-point",
  loginPath: "/sales-point/login",
  unauthorizedError: "StaffUnauthorizedError",
})

export const staffSessionStorage = staff.storage
export const staffSignIn = staff.signIn
export const staffSignOut = staff.signOut
export const getStaffSession = staff.getSession
export const commitStaffHeaders = staff.commitHeaders
export const withStaffToken = staff.withToken
export const staffConsoleRedirect = staff.consoleRedirect

export function basketOf(session: StaffSession, pointId: string): BasketLine[] {
  return session.get("baskets")?.[pointId] ?? []
}

export function setBasket(session: StaffSession, pointId: string, lines: BasketLine[]) {
  const baskets = { ...(session.get("baskets") ?? {}) }
  if (lines.length) baskets[pointId] = lines
  else delete baskets[pointId]
  session.set("baskets", baskets)
}

export type StaffNotice = { key: MessageKey; params: Record<string, string | number> }

/** A confirmation shown once on the next page (after a redirect), translated there. */
export function flashNotice(session: StaffSession, key: MessageKey, params: Record<string, string | number> = {}) {
  session.flash("notice", JSON.stringify({ key, params }))
}

export function readNotice(session: StaffSession): StaffNotice | null {
  const raw = session.get("notice")
  if (!raw) return null
  try {
    const notice = JSON.parse(raw) as StaffNotice
    return isMessageKey(notice.key) ? notice : null
  } catch {
    return null
  }
}
