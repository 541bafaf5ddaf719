import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { INVOICE_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/invoice"
import { adjustInvoiceWorkflow } from "@ocop-market/medusa-plugin-ocop/workflows"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, responseOf, seedShop, storeHeaders } from "../fixtures"
import { openPaymentSession, RECONCILE_SECRET, reconcileHeaders, shipToFirstOption } from "../payment-fixtures"
import { setupSalesPoints, type SalesPointSetup } from "../sales-point-fixtures"

process.env.VIETQR_RECONCILE_SECRET = RECONCILE_SECRET
const COMPANY = {
  company_name: "Hợp tác xã Nông nghiệp Tri Tôn",
  tax_code: "1601234567",
  address: "5 Lê Lợi, Xã Tri Tôn, Tỉnh An Giang",
  email: "ketoan@htxtriton.vn",
}

/** Price without VAT of a VAT-included amount, to the nearest đồng (Decree 123's rounding), computed here on its own. */
const beforeVat = (gross: number, rate: number) => Math.round((gross * 100) / (100 + rate))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const invoiceModule = () => getContainer().resolve(INVOICE_MODULE) as any
    /** An invoice as stored, its lines in order: to compare before and after. */
    const snapshot = async (id: string) => {
      const [invoice] = await invoiceModule().listInvoices({ id }, { relations: ["lines"] })
      const lines = [...invoice.lines]
        .sort((a: any, b: any) => a.rank - b.rank)
        .map(({ title, quantity, unit_price, vat_rate, amount, vat_amount, total }: any) => ({ title, quantity, unit_price, vat_rate, amount, vat_amount, total }))
      const { number, series, template, total, subtotal, vat_total, amount_in_words, buyer_name, buyer_tax_code, issued_at } = invoice
      return { number, series, template, total, subtotal, vat_total, amount_in_words, buyer_name, buyer_tax_code, issued_at, lines }
    }

    /** A counter sale of `quantity` units of the first variant, and its issued invoice. */
    async function counterSale(s: SalesPointSetup, quantity: number) {
      const sale = await api.post(
        `/sales-point/points/${s.pointA.id}/sales`,
        { items: [{ variant_id: s.variants[0].id, quantity }], payment_method: "cash" },
        s.a
      )
      const orderId = sale.data.sale.order_id as string
      const [invoice] = await invoiceModule().listInvoices({ order_id: orderId }, { relations: ["lines"] })
      expect(invoice.status).toBe("issued")
      return { orderId, invoice }
    }

    /** Medusa's own return flow, received at the point: `quantity` units of the order's first line come back. */
    async function receiveReturn(s: SalesPointSetup, orderId: string, quantity: number, headers: any) {
      const { data: order } = await api.get(`/admin/orders/${orderId}?fields=id,items.id`, headers)
      const itemId = order.order.items[0].id
      const { data: ret } = await api.post("/admin/returns", { order_id: orderId, location_id: s.pointA.stock_location_id }, headers)
      const returnId = ret.return.id
      await api.post(`/admin/returns/${returnId}/request-items`, { items: [{ id: itemId, quantity }] }, headers)
      await api.post(`/admin/returns/${returnId}/request`, {}, headers)
      await api.post(`/admin/returns/${returnId}/receive`, {}, headers)
      await api.post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: itemId, quantity }] }, headers)
      await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, headers)
    }

    describe("POST /admin/ocop/invoices/:id/adjust after a partial return", () => {
      let s: SalesPointSetup
      beforeEach(async () => {
        s = await setupSalesPoints(api, getContainer())
      })

      it("issues a decrease for the returned unit that refers to the original, to the đồng, numbered next in the series, and leaves the original as issued", async () => {
        const { orderId, invoice: original } = await counterSale(s, 2)
        const before = await snapshot(original.id)
        const headers = await adminHeaders(api, getContainer())
        await receiveReturn(s, orderId, 1, headers)

        const res = await api.post(
          `/admin/ocop/invoices/${original.id}/adjust`,
          { reason: "Khách trả lại 1 sản phẩm", source: "return" },
          headers
        )
        expect(res.status).toBe(200)
        const [line] = before.lines
        const price = line.unit_price
        const rate = line.vat_rate ?? 0
        // Two units were invoiced, one is kept: the decrease is the difference of the two rounded amounts.
        const amount = beforeVat(price, rate) - beforeVat(2 * price, rate)
        const vat = -price - amount
        expect(res.data.invoice).toEqual(
          expect.objectContaining({
            relation: "adjustment",
            replaces_id: original.id,
            order_id: orderId,
            status: "issued",
            template: before.template,
            series: before.series,
            number: before.number + 1,
            kind: "retail",
            reason: "Khách trả lại 1 sản phẩm",
            subtotal: amount,
            vat_total: vat,
            total: -price,
            amount_in_words: expect.stringMatching(/^Điều chỉnh giảm /),
          })
        )
        expect(res.data.invoice.lines).toEqual([
          expect.objectContaining({ title: line.title, quantity: -1, unit_price: price, vat_rate: line.vat_rate, amount, vat_amount: vat, total: -price }),
        ])
        // The original is never edited: only its status says it has been adjusted.
        expect(res.data.adjusted).toEqual(expect.objectContaining({ id: original.id, status: "adjusted" }))
        expect(await snapshot(original.id)).toEqual(before)

        // The printable adjustment names the invoice it adjusts, as Decree 123 asks.
        const page = await api.get(`/store/ocop/invoices/${res.data.invoice.lookup_code}`, storeHeaders(s.store))
        const number = String(before.number).padStart(8, "0")
        expect(page.data).toContain("HÓA ĐƠN GIÁ TRỊ GIA TĂNG (điều chỉnh giảm)")
        expect(page.data).toContain(`Điều chỉnh giảm cho hóa đơn Mẫu số ${before.template} ký hiệu ${before.series} số ${number}`)
        // The shopper's list shows both, the original as adjusted.
        const listed = await api.get(`/store/ocop/orders/${orderId}/invoices`, storeHeaders(s.store))
        expect(listed.data.invoices).toEqual([
          expect.objectContaining({ relation: "original", status: "adjusted", total: before.total }),
          expect.objectContaining({ relation: "adjustment", status: "issued", total: -price }),
        ])

        // Nothing more has come back: a second return adjustment is refused, naming source.
        const again = await responseOf(
          api.post(`/admin/ocop/invoices/${original.id}/adjust`, { reason: "lần nữa", source: "return" }, headers)
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("source")
        expect(await invoiceModule().listInvoices({ order_id: orderId })).toHaveLength(2)
      })
    })

    describe("POST /admin/ocop/invoices/:id/adjust for a correction", () => {
      let store: StoreSetup
      beforeEach(async () => {
        store = await seedShop(getContainer(), ["p29"])
      })

      /** A VietQR order of one p29 (45.000 đ at 8 %) with a company invoice, paid: its invoice is issued. */
      async function paidCompanyOrder() {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "prices.amount"] })
        const variant = (variants as any[]).find((v) => v.prices.some((p: any) => p.amount === 45000))
        const headers = storeHeaders(store)
        const { data } = await api.post(
          "/store/carts",
          { region_id: store.regionId, email: "khach@example.vn", items: [{ variant_id: variant.id, quantity: 1 }] },
          headers
        )
        const cartId = data.cart.id
        await shipToFirstOption(api, cartId, headers)
        await api.post(`/store/ocop/carts/${cartId}/invoice-request`, COMPANY, headers)
        const session = await openPaymentSession(api, store, cartId, "pp_vietqr_vietqr")
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
        const invoiced = TestEventUtils.waitSubscribersExecution("payment.captured", getContainer().resolve(Modules.EVENT_BUS), { timeout: 30_000 })
        await api.post("/hooks/vietqr/reconcile", { reference: session.data.reference, amount: completed.order.total }, reconcileHeaders())
        await invoiced
        const [invoice] = await invoiceModule().listInvoices({ order_id: completed.order.id })
        expect(invoice).toEqual(expect.objectContaining({ status: "issued", kind: "company", total: completed.order.total }))
        return invoice
      }

      it("issues a decrease then an increase, each referring to the original, VAT to the đồng, for the same company, the original unchanged", async () => {
        const original = await paidCompanyOrder()
        const before = await snapshot(original.id)
        const headers = await adminHeaders(api, getContainer())

        const down = await api.post(
          `/admin/ocop/invoices/${original.id}/adjust`,
          {
            reason: "Giảm giá 5.000 đ đã hứa với khách",
            source: "correction",
            direction: "decrease",
            lines: [{ title: "Bánh hạnh nhân Tiến Anh – giảm giá", quantity: 1, unit_price: 5000, vat_rate: 8 }],
          },
          headers
        )
        // 5.000 at 8 %: 4.630 before VAT (5000 / 1.08 = 4629.6), VAT 370.
        expect(down.data.invoice).toEqual(
          expect.objectContaining({
            relation: "adjustment",
            replaces_id: original.id,
            number: before.number + 1,
            series: before.series,
            kind: "company",
            buyer_name: COMPANY.company_name,
            buyer_tax_code: COMPANY.tax_code,
            subtotal: -4630,
            vat_total: -370,
            total: -5000,
            amount_in_words: "Điều chỉnh giảm năm nghìn đồng",
          })
        )
        expect(down.data.invoice.lines).toEqual([expect.objectContaining({ quantity: -1, unit_price: 5000, vat_rate: 8, amount: -4630, vat_amount: -370, total: -5000 })])

        const up = await api.post(
          `/admin/ocop/invoices/${original.id}/adjust`,
          {
            reason: "Thiếu 2 túi giấy tính phí",
            source: "correction",
            direction: "increase",
            lines: [{ title: "Túi giấy", quantity: 2, unit_price: 6000, vat_rate: 10 }],
          },
          headers
        )
        // 12.000 at 10 %: 10.909 before VAT (12000 / 1.1 = 10909.09), VAT 1.091.
        expect(up.data.invoice).toEqual(
          expect.objectContaining({ replaces_id: original.id, number: before.number + 2, subtotal: 10909, vat_total: 1091, total: 12000, amount_in_words: "Điều chỉnh tăng mười hai nghìn đồng" })
        )
        const page = await api.get(`/store/ocop/invoices/${up.data.invoice.lookup_code}`, storeHeaders(store))
        expect(page.data).toContain("(điều chỉnh tăng)")
        expect(page.data).toContain(COMPANY.tax_code)

        // More than is left on the invoice (45.000 + delivery − 5.000 + 12.000) cannot be taken off.
        const tooMuch = await responseOf(
          api.post(
            `/admin/ocop/invoices/${original.id}/adjust`,
            { reason: "Nhầm", source: "correction", direction: "decrease", lines: [{ title: "Bánh", quantity: 1, unit_price: before.total + 7001, vat_rate: 8 }] },
            headers
          )
        )
        expect(tooMuch.status).toBe(400)
        expect(tooMuch.data.message).toContain("lines")
        expect(await invoiceModule().listInvoices({ order_id: original.order_id })).toHaveLength(3)
        expect(await snapshot(original.id)).toEqual(before)
      })
    })

    describe("POST /admin/ocop/invoices/:id/adjust with bad input", () => {
      let s: SalesPointSetup
      beforeEach(async () => {
        s = await setupSalesPoints(api, getContainer())
      })

      it("answers 400 naming the field, writes nothing and leaves the invoice as issued", async () => {
        const { orderId, invoice } = await counterSale(s, 1)
        const before = await snapshot(invoice.id)
        const headers = await adminHeaders(api, getContainer())
        const line = { title: "Tương xay", quantity: 1, unit_price: 1000, vat_rate: 8 }
        const correction = { reason: "Sai đơn giá", source: "correction", direction: "decrease", lines: [line] }
        const cases: [string, Record<string, unknown>][] = [
          ["reason", { source: "return" }],
          ["reason", { ...correction, reason: "x" }],
          ["source", { reason: "Sai đơn giá", source: "refund" }],
          ["direction", { ...correction, direction: undefined }],
          ["direction", { ...correction, direction: "sideways" }],
          ["lines", { ...correction, lines: undefined }],
          ["lines", { reason: "Khách trả hàng", source: "return", lines: [line] }],
          ["vat_rate", { ...correction, lines: [{ ...line, vat_rate: 7 }] }],
          ["quantity", { ...correction, lines: [{ ...line, quantity: 0 }] }],
          ["unit_price", { ...correction, lines: [{ ...line, unit_price: 10.5 }] }],
          ["title", { ...correction, lines: [{ ...line, title: " " }] }],
          ["amount", { ...correction, amount: 1000 }],
          // Nothing has been returned: there is nothing to take off.
          ["source", { reason: "Khách trả hàng", source: "return" }],
        ]
        for (const [field, body] of cases) {
          const res = await responseOf(api.post(`/admin/ocop/invoices/${invoice.id}/adjust`, body, headers))
          expect([field, res.status]).toEqual([field, 400])
          expect(res.data.message).toContain(field)
        }
        expect(await invoiceModule().listInvoices({ order_id: orderId })).toHaveLength(1)
        expect(await snapshot(invoice.id)).toEqual(before)
        expect((await invoiceModule().retrieveInvoice(invoice.id)).status).toBe("issued")

        const missing = await responseOf(
          api.post("/admin/ocop/invoices/ocinv_missing/adjust", { reason: "Khách trả hàng", source: "return" }, headers)
        )
        expect(missing.status).toBe(404)

        // An adjustment is not adjusted itself: the invoice it adjusts is.
        const made = await api.post(`/admin/ocop/invoices/${invoice.id}/adjust`, correction, headers)
        const ofAdjustment = await responseOf(
          api.post(`/admin/ocop/invoices/${made.data.invoice.id}/adjust`, correction, headers)
        )
        expect(ofAdjustment.status).toBe(400)
        expect(ofAdjustment.data.message).toContain("invoice")
      })

      it("removes the stored adjustment when a step after it fails, and the original stays issued and unchanged", async () => {
        const { orderId, invoice } = await counterSale(s, 1)
        const before = await snapshot(invoice.id)
        const workflow = adjustInvoiceWorkflow(getContainer())
        workflow.insertActionBefore(
          "ocop-issue-invoices",
          "fail-before-issue",
          {
            invoke: async () => {
              throw new Error("the provider's network went down")
            },
          },
          { noCompensation: true }
        )
        const { errors } = await workflow.run({
          input: {
            invoice_id: invoice.id,
            reason: "Sai đơn giá",
            source: "correction",
            direction: "decrease",
            lines: [{ title: "Tương xay", quantity: 1, unit_price: 1000, vat_rate: 8 }],
            provider: "local",
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("network went down")
        expect(await invoiceModule().listInvoices({ order_id: orderId })).toHaveLength(1)
        expect((await invoiceModule().retrieveInvoice(invoice.id)).status).toBe("issued")
        expect(await snapshot(invoice.id)).toEqual(before)
      })
    })
  },
})
