import { describe, expect, it, vi } from "vitest"
import { basketIn, staffCookie } from "~/components/sales-point/staff-test-session"
import { action } from "./route"

const api = vi.hoisted(() => ({ sales: [] as { body: unknown; formKey: string | undefined }[], codes: [] as number[], soldOut: false }))
vi.mock("~/lib/data/sales-point-api.server", async (importOriginal) => {
  const real = await importOriginal<typeof import("~/lib/data/sales-point-api.server")>()
  return {
    ...real,
    sellAtCounter: async (_token: string, _point: string, body: unknown, formKey?: string) => {
      api.sales.push({ body, formKey })
      if (api.soldOut)
        throw new real.StaffInputError('items: out of stock at this sales point: "Tương xay Thanh Hồ (Hũ 500 g)" has 1 available, 2 needed', 400, [
          { variant_id: "variant_tuong", location_id: "sloc_a", available: 1, needed: 2, expired: 0 },
        ])
      return { sale: { order_id: "order_1", total: 64_000, units: 2, change: 0 } }
    },
    listPointStock: async (_token: string, _point: string, query: { q: string }) => ({
      stock: query.q === "2000000000015" ? [{ variant_id: "variant_tuong", product_id: "prod_tuong", product_title: "Tương xay Thanh Hồ", variant_title: "Hũ 500 g", ean: "2000000000015" }] : [],
      count: 0,
      facets: { category_sets: [], producers: [] },
      low_stock_threshold: 5,
    }),
    createCounterVietQr: async (_token: string, _point: string, amount: number) => {
      api.codes.push(amount)
      return { id: "ocpy_qr1", amount }
    },
  }
})
// The catalog's price of the test line: 32 000 đ.
vi.mock("~/lib/data/sales-point-prices.server", () => ({
  variantPricesVnd: async () => ({ variant_tuong: 32_000 }),
}))

const point = "ocsp_1"
const line = { variant_id: "variant_tuong", product_id: "prod_tuong", product_title: "Tương xay Thanh Hồ", variant_title: "Hũ 500 g", quantity: 1 }

function post(fields: Record<string, string>, cookie: string) {
  return new Request(`http://shop.test/sales-point/${point}/sell`, { method: "POST", body: new URLSearchParams(fields), headers: { cookie } })
}

describe("POST /sales-point/:pointId/sell", () => {
  it("puts a found product in this point's basket and comes back to the counter", async () => {
    const request = post({ intent: "add", variant_id: line.variant_id, product_id: line.product_id, product_title: line.product_title, variant_title: "Hũ 500 g" }, await staffCookie())
    const response = (await action({ request, params: { pointId: point }, context: {} })) as Response
    expect(response.status).toBe(302)
    expect(response.headers.get("location")).toBe(`/sales-point/${point}/sell`)
    expect(await basketIn(response, point)).toEqual([line])
    expect(await basketIn(response, "ocsp_other")).toEqual([])
  })

  it("puts a scanned pack in the basket by its EAN-13 (the scanner types it and Enter)", async () => {
    const response = (await action({ request: post({ intent: "scan", code: "2000000000015" }, await staffCookie()), params: { pointId: point }, context: {} })) as Response
    expect(response.status).toBe(302)
    expect(await basketIn(response, point)).toEqual([line])
  })

  it("says a scanned code is unknown here, and adds nothing", async () => {
    const response = (await action({ request: post({ intent: "scan", code: "2000000000022" }, await staffCookie()), params: { pointId: point }, context: {} })) as Response
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(expect.objectContaining({ scanError: "staffConsole.scan.unknown", code: "2000000000022" }))
  })

  it("removes a line", async () => {
    const request = post({ remove: line.variant_id }, await staffCookie({ [point]: [line] }))
    const response = (await action({ request, params: { pointId: point }, context: {} })) as Response
    expect(await basketIn(response, point)).toEqual([])
  })

  it("refuses to sell a quantity that is not a whole number from 1, naming the line, before asking the API", async () => {
    const request = post({ intent: "sell", payment_method: "cash", [`qty.${line.variant_id}`]: "0" }, await staffCookie({ [point]: [line] }))
    const response = (await action({ request, params: { pointId: point }, context: {} })) as Response
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(expect.objectContaining({ lineErrors: { [line.variant_id]: "staffConsole.error.quantity" } }))
  })

  it("sells with the basket form's key, so the same form sent twice makes one sale, and shows its receipt", async () => {
    api.sales = []
    const key = "0b7e3c52-6a1f-4d8e-9c2b-5f4a3e2d1c0b"
    const request = post({ intent: "sell", payment_method: "cash", form_key: key, [`qty.${line.variant_id}`]: "2" }, await staffCookie({ [point]: [line] }))
    const response = (await action({ request, params: { pointId: point }, context: {} })) as Response
    expect(response.status).toBe(302)
    expect(response.headers.get("location")).toBe(`/sales-point/${point}/receipts/order_1`)
    expect(api.sales).toEqual([{ body: { items: [{ variant_id: line.variant_id, quantity: 2 }], payments: [{ method: "cash", amount: 64_000, tendered: 64_000 }] }, formKey: key }])
    expect(await basketIn(response, point)).toEqual([])
  })

  it("keeps the basket when the API says a line is short, marking that line with what is left", async () => {
    api.sales = []
    api.soldOut = true
    const request = post({ intent: "sell", payment_method: "cash", [`qty.${line.variant_id}`]: "2" }, await staffCookie({ [point]: [line] }))
    const response = (await action({ request, params: { pointId: point }, context: {} })) as Response
    api.soldOut = false
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(
      expect.objectContaining({
        formErrors: ["staffConsole.sell.outOfStockForm"],
        outOfStock: { [line.variant_id]: { available: 1, needed: 2 } },
        basket: [{ ...line, quantity: 2 }],
      })
    )
  })

  it("sends the cash handed over with the cash part, so the API works out the change", async () => {
    api.sales = []
    const request = post({ intent: "sell", payment_method: "cash", tendered: "100.000", [`qty.${line.variant_id}`]: "2" }, await staffCookie({ [point]: [line] }))
    await action({ request, params: { pointId: point }, context: {} })
    expect(api.sales[0].body).toEqual(expect.objectContaining({ payments: [{ method: "cash", amount: 64_000, tendered: 100_000 }] }))
  })

  it("refuses cash short of the total next to its field, before asking the API", async () => {
    api.sales = []
    const request = post({ intent: "sell", payment_method: "cash", tendered: "50.000", [`qty.${line.variant_id}`]: "2" }, await staffCookie({ [point]: [line] }))
    const response = (await action({ request, params: { pointId: point }, context: {} })) as Response
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(expect.objectContaining({ paymentErrors: { tendered: "staffConsole.pay.errorShort" } }))
    expect(api.sales).toEqual([])
  })

  it("splits cash and card so the parts make the total", async () => {
    api.sales = []
    const request = post({ intent: "sell", payment_method: "split", split_cash: "40.000", split_tendered: "50.000", card_reference: "AP12", [`qty.${line.variant_id}`]: "2" }, await staffCookie({ [point]: [line] }))
    await action({ request, params: { pointId: point }, context: {} })
    expect(api.sales[0].body).toEqual(
      expect.objectContaining({
        payments: [
          { method: "cash", amount: 40_000, tendered: 50_000 },
          { method: "card_at_counter", amount: 24_000, reference: "AP12" },
        ],
      })
    )
  })

  it("makes a VietQR code for the exact total and shows it, selling nothing yet; then sells with the clerk's confirmation", async () => {
    api.sales = []
    api.codes = []
    const cookie = await staffCookie({ [point]: [line] })
    const response = (await action({ request: post({ intent: "sell", payment_method: "vietqr", [`qty.${line.variant_id}`]: "2" }, cookie), params: { pointId: point }, context: {} })) as Response
    expect(response.headers.get("location")).toBe(`/sales-point/${point}/sell?qr=ocpy_qr1`)
    expect(api.codes).toEqual([64_000])
    expect(api.sales).toEqual([])
    await action({ request: post({ intent: "sell_vietqr", qr_id: "ocpy_qr1", qr_amount: "64000", confirmed: "on" }, cookie), params: { pointId: point }, context: {} })
    expect(api.sales[0].body).toEqual(expect.objectContaining({ payments: [{ method: "vietqr", amount: 64_000, vietqr_id: "ocpy_qr1", confirmed: true }] }))
  })

  it("refuses an empty basket and an unknown payment method", async () => {
    const request = post({ intent: "sell", payment_method: "cheque" }, await staffCookie())
    const response = (await action({ request, params: { pointId: point }, context: {} })) as Response
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(expect.objectContaining({ formErrors: ["staffConsole.sell.basketEmpty"], paymentErrors: { payment_method: "errors.required" } }))
  })

})
