import { createHash, randomBytes } from "node:crypto"

const DAY_MS = 24 * 60 * 60 * 1000
export const DEFAULT_INVITATION_TTL_DAYS = 7

/** Emails are compared trimmed and lower-cased: `  X@Example.com ` is `x@example.com`. */
export function normalizeMemberEmail(email: string): string {
  return email.trim().toLowerCase()
}

/** A fresh invitation token: 256 random bits, URL-safe. Only its hash is stored. */
export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url")
}

/** What the database keeps of a token, so a leaked table cannot take up invitations. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}

/** When an invitation issued at `now` stops working; `ttlDays` falls back to 7. */
export function invitationExpiresAt(now: Date, ttlDays?: number): Date {
  const days =
    ttlDays !== undefined && Number.isFinite(ttlDays) && ttlDays > 0
      ? ttlDays
      : DEFAULT_INVITATION_TTL_DAYS
  return new Date(now.getTime() + days * DAY_MS)
}

/** The storefront page where an invited person takes up the invitation. */
export function invitationLink(storefrontUrl: string, token: string): string {
  const url = new URL("/producer/request", storefrontUrl)
  url.searchParams.set("token", token)
  return url.toString()
}
