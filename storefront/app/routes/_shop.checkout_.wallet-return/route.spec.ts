import { describe, expect, it } from "vitest"
import { rememberOrder, sessionStorage } from "~/lib/session.server"
import { loader } from "./route"

async function cookieWithOrders(...orderIds: string[]) {
  const session = await sessionStorage.getSession()
  for (const id of [...orderIds].reverse()) rememberOrder(session, id)
  return (await sessionStorage.commitSession(session)).split(";")[0]!
}

describe("GET /checkout/wallet-return", () => {
  it("takes the shopper back from the wallet to the order they just placed, whatever the wallet appended", async () => {
    const request = new Request(
      "http://shop.test/checkout/wallet-return?vnp_ResponseCode=00&vnp_TxnRef=OCOPX&vnp_SecureHash=abc",
      { headers: { cookie: await cookieWithOrders("order_new", "order_old") } }
    )
    const res = (await loader({ request, params: {}, context: {} })) as Response
    expect(res.status).toBe(302)
    expect(res.headers.get("location")).toBe("/orders/order_new/confirmed")
  })

  it("sends a browser that placed no order here to the account page, not to someone's order", async () => {
    const request = new Request("http://shop.test/checkout/wallet-return?orderId=OCOPX&resultCode=0")
    const res = (await loader({ request, params: {}, context: {} })) as Response
    expect(res.headers.get("location")).toBe("/account")
  })
})
