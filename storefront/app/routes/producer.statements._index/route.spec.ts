import { describe, expect, it, vi } from "vitest"
import { producerCookie } from "~/components/producer/producer-test-session"
import { loader } from "./route"

const api = vi.hoisted(() => ({ calls: [] as string[] }))
vi.mock("~/lib/data/producer-statements.server", () => ({
  listProducerStatements: async (token: string) => {
    api.calls.push(token)
    return [{ id: "ocst_1", net_payable: 439_522 }]
  },
}))

describe("GET /producer/statements (loader)", () => {
  it("reads the statements with the signed-in producer's token", async () => {
    const request = new Request("http://shop.test/producer/statements", { headers: { cookie: await producerCookie() } })
    const response = await loader({ request, params: {}, context: {} })
    expect(api.calls).toEqual(["producer-token"])
    expect((await response.json()).statements).toEqual([{ id: "ocst_1", net_payable: 439_522 }])
  })

  it("sends a signed-out visitor to sign in and back", async () => {
    const request = new Request("http://shop.test/producer/statements")
    const response = await loader({ request, params: {}, context: {} }).catch((thrown) => thrown as Response)
    expect(response.status).toBe(302)
    expect(response.headers.get("location")).toBe("/producer/login?redirectTo=%2Fproducer%2Fstatements")
  })
})
