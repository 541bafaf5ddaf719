import { describe, expect, it, vi } from "vitest"
import { staffCookie } from "~/components/sales-point/staff-test-session"
import { loader } from "./route"

vi.mock("~/lib/data/sales-point-api.server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("~/lib/data/sales-point-api.server")>()),
  listPointVariants: async () => [
    { variant_id: "variant_tuong", product_id: "prod_tuong", product_title: "Tương xay Thanh Hồ", variant_title: "Hũ 500 g", sku: "TX-500", ean: "2000000000015", available_quantity: 7 },
    { variant_id: "variant_anas", product_id: "prod_anas", product_title: "ANAS", variant_title: null, sku: null, ean: null, available_quantity: 0 },
  ],
}))
vi.mock("~/lib/data/sales-point-prices.server", () => ({
  variantPricesVnd: async () => ({ variant_tuong: 32_000, variant_anas: null }),
}))

const get = (cookie?: string) => new Request("http://shop.test/sales-point/ocsp_1/offline-catalog", { headers: cookie ? { cookie } : {} })

describe("GET /sales-point/:pointId/offline-catalog", () => {
  it("lists what the point holds with its code, price and availability, for selling offline", async () => {
    const res = (await loader({ request: get(await staffCookie()), params: { pointId: "ocsp_1" }, context: {} })) as Response
    expect(res.status).toBe(200)
    expect(res.headers.get("cache-control")).toBe("private, no-store")
    const catalog = await res.json()
    expect(catalog).toEqual({
      point_id: "ocsp_1",
      saved_at: expect.any(String),
      items: [
        { variant_id: "variant_tuong", product_id: "prod_tuong", product_title: "Tương xay Thanh Hồ", variant_title: "Hũ 500 g", sku: "TX-500", ean: "2000000000015", price: 32_000, available: 7 },
        { variant_id: "variant_anas", product_id: "prod_anas", product_title: "ANAS", variant_title: null, sku: null, ean: null, price: null, available: 0 },
      ],
    })
  })

  it("answers 401 to a script without a session, instead of the sign-in page", async () => {
    const res = (await loader({ request: get(), params: { pointId: "ocsp_1" }, context: {} })) as Response
    expect(res.status).toBe(401)
  })
})
