import { describe, expect, it } from "vitest"
import {
  hashInvitationToken,
  invitationExpiresAt,
  invitationLink,
  newInvitationToken,
  normalizeMemberEmail,
} from "./producer-invitation"

describe("producer invitations", () => {
  it("compares emails trimmed and lower-cased", () => {
    expect(normalizeMemberEmail("  X@Example.com ")).toBe("x@example.com")
  })

  it("issues distinct URL-safe tokens and stores a hash that is not the token", () => {
    const a = newInvitationToken()
    const b = newInvitationToken()
    expect(a).not.toBe(b)
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(hashInvitationToken(a)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashInvitationToken(a)).not.toContain(a)
  })

  it("expires after 7 days unless told otherwise", () => {
    const now = new Date("2026-12-01T00:00:00Z")
    expect(invitationExpiresAt(now).toISOString()).toBe("2026-12-08T00:00:00.000Z")
    expect(invitationExpiresAt(now, 2).toISOString()).toBe("2026-12-03T00:00:00.000Z")
    expect(invitationExpiresAt(now, Number.NaN).toISOString()).toBe("2026-12-08T00:00:00.000Z")
  })

  it("links to the storefront's request page with the token", () => {
    expect(invitationLink("http://localhost:3000", "abc_-1")).toBe(
      "http://localhost:3000/producer/request?token=abc_-1"
    )
  })
})
