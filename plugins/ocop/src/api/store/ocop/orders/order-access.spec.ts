import {
  contactMatches,
  normalizePhone,
  signOrderAccess,
  verifyOrderAccess,
} from "./order-access"

const secret = "test-secret"
const now = new Date("2026-12-06T08:00:00Z")

describe("order access passes", () => {
  it("opens the order it was signed for until it ends", () => {
    const { token, expires_at } = signOrderAccess("order_1", secret, now, 600)
    expect(expires_at).toBe("2026-12-06T08:10:00.000Z")
    expect(verifyOrderAccess(token, secret, new Date("2026-12-06T08:09:59Z"))).toEqual({
      order_id: "order_1",
      expires_at,
    })
    expect(verifyOrderAccess(token, secret, new Date("2026-12-06T08:10:00Z"))).toBeNull()
  })

  it("refuses a pass signed with another secret, moved to another order or cut short", () => {
    const { token } = signOrderAccess("order_1", secret, now)
    expect(verifyOrderAccess(token, "other-secret", now)).toBeNull()
    const [, mac] = token.split(".")
    const moved = Buffer.from(JSON.stringify({ o: "order_2", exp: 9999999999 })).toString("base64url")
    expect(verifyOrderAccess(`${moved}.${mac}`, secret, now)).toBeNull()
    expect(verifyOrderAccess(token.split(".")[0], secret, now)).toBeNull()
    expect(verifyOrderAccess("not-a-pass", secret, now)).toBeNull()
  })
})

describe("contactMatches", () => {
  const order = { email: "Lan@Example.vn", phones: ["0912 345 678", null] }

  it("accepts the order's e-mail in any case and its phone in any common form", () => {
    expect(contactMatches(" lan@example.vn ", order)).toBe(true)
    expect(contactMatches("+84 912 345 678", order)).toBe(true)
    expect(contactMatches("0912.345.678", order)).toBe(true)
    expect(normalizePhone("84912345678")).toBe("0912345678")
  })

  it("refuses another e-mail, another phone and a fragment of the phone", () => {
    expect(contactMatches("lan@example.com", order)).toBe(false)
    expect(contactMatches("0912 345 679", order)).toBe(false)
    expect(contactMatches("345678", order)).toBe(false)
    expect(contactMatches("", { email: null, phones: [] })).toBe(false)
  })
})
