import { afterEach, describe, expect, it } from "vitest"
import { clientAddress } from "./client-address"

const request = (forwardedFor?: string) =>
  ({
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
    socket: { remoteAddress: "127.0.0.1" },
  }) as any

describe("clientAddress", () => {
  afterEach(() => {
    delete process.env.OCOP_TRUSTED_PROXIES
  })

  it("is the connection's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(request("203.0.113.9"))).toBe("127.0.0.1")
  })

  it("behind one trusted proxy, is the entry that proxy appended, not the client's own", () => {
    process.env.OCOP_TRUSTED_PROXIES = "1"
    expect(clientAddress(request("10.0.0.1, 203.0.113.9"))).toBe("203.0.113.9")
    expect(clientAddress(request())).toBe("127.0.0.1")
  })

  it("behind two, is the address the outer proxy saw", () => {
    process.env.OCOP_TRUSTED_PROXIES = "2"
    expect(clientAddress(request("10.0.0.1,203.0.113.9, 192.168.1.2"))).toBe("203.0.113.9")
  })

  it("refuses a count that is not a whole number, naming the variable", () => {
    process.env.OCOP_TRUSTED_PROXIES = "yes"
    expect(() => clientAddress(request())).toThrow(/OCOP_TRUSTED_PROXIES/)
  })
})
