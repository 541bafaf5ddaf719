import { describe, expect, it, vi } from "vitest"
import { staffCookie } from "~/components/sales-point/staff-test-session"
import { action } from "./route"

const api = vi.hoisted(() => ({ received: [] as { body: unknown; formKey: string | undefined }[], refuse: null as string | null }))
vi.mock("~/lib/data/sales-point-api.server", async (importOriginal) => {
  const real = await importOriginal<typeof import("~/lib/data/sales-point-api.server")>()
  return {
  ...real,
  receiveStock: async (_token: string, _point: string, body: unknown, formKey?: string) => {
    if (api.refuse) throw new real.StaffInputError(api.refuse, 400)
    api.received.push({ body, formKey })
    return { movements: [{ quantity_before: 0, quantity_after: 3 }] }
  },
  listPointVariants: async () => [held],
  }
})

const held = { variant_id: "variant_tuong", product_id: "prod_tuong", product_title: "Tương xay Thanh Hồ", variant_title: "Hũ 500 g", sku: null, available_quantity: 0 }
const path = "/sales-point/ocsp_1/receive"

describe("POST /sales-point/:pointId/receive", () => {
  it("sends the form's key with the delivery, so the same form sent twice is recorded once", async () => {
    api.received = []
    const key = "5f0c2b9e-1d7a-4c55-9a0e-3b8f6d2c1a70"
    const request = new Request(`http://shop.test${path}`, {
      method: "POST",
      body: new URLSearchParams({ form_key: key, variant_id: held.variant_id, quantity: "3" }),
      headers: { cookie: await staffCookie() },
    })
    const response = (await action({ request, params: { pointId: "ocsp_1" }, context: {} })) as Response
    expect(response.status).toBe(302)
    expect(response.headers.get("location")).toBe(path)
    expect(api.received).toEqual([{ body: expect.objectContaining({ variant_id: held.variant_id, quantity: 3 }), formKey: key }])
  })

  it("sends the lot and its dates, and puts the API's refusal of a food lot without expiry next to the expiry field", async () => {
    api.received = []
    const post = async () =>
      (await action({
        request: new Request(`http://shop.test${path}`, {
          method: "POST",
          body: new URLSearchParams({ variant_id: held.variant_id, quantity: "3", lot_code: "TX-2611", expires_on: "2027-05-31", produced_on: "" }),
          headers: { cookie: await staffCookie() },
        }),
        params: { pointId: "ocsp_1" },
        context: {},
      })) as Response
    api.refuse = null
    expect((await post()).status).toBe(302)
    expect(api.received[0].body).toEqual(expect.objectContaining({ lot_code: "TX-2611", expires_on: "2027-05-31", produced_on: null }))

    api.refuse = "expires_on: required for a food product (OCOP set 09): the expiry date (HSD) printed on its label"
    const refused = await post()
    expect(refused.status).toBe(400)
    const { result } = await refused.json()
    expect(result.error.expires_on).toEqual(["staffConsole.error.expiresOn"])
    expect(result.initialValue).toEqual(expect.objectContaining({ lot_code: "TX-2611" }))
    api.refuse = null
  })
})
