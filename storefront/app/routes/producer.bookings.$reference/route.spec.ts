import { describe, expect, it } from "vitest"
import { loader } from "./route"

describe("GET /producer/bookings/:reference", () => {
  it("sends a host who scanned the voucher while signed out to sign in, then back to the booking", async () => {
    const request = new Request("http://shop.test/producer/bookings/TX-7K3Q9P")
    const response = await loader({ request, params: { reference: "TX-7K3Q9P" }, context: {} }).catch((thrown) => thrown as Response)
    expect((response as Response).status).toBe(302)
    expect((response as Response).headers.get("location")).toBe("/producer/login?redirectTo=%2Fproducer%2Fbookings%2FTX-7K3Q9P")
  })
})
