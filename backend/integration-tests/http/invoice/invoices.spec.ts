import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { asValue } from "@medusajs/framework/awilix"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  INVOICE_MODULE,
  INVOICE_PROVIDER_KEY,
  type InvoiceProvider,
} from "@ocop-market/medusa-plugin-ocop/modules/invoice"
import { retryDueInvoices } from "@ocop-market/medusa-plugin-ocop/jobs/retry-invoices"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { adminHeaders, responseOf, seedShop, storeHeaders } from "../fixtures"
import {
  openPaymentSession,
  RECONCILE_SECRET,
  reconcileHeaders,
  shipToFirstOption,
} from "../payment-fixtures"
import { setupSalesPoints, type SalesPointSetup } from "../sales-point-fixtures"
import { startCarrierStandIn } from "../../../../plugins/ocop/src/providers/carriers/stand-in"

process.env.VIETQR_RECONCILE_SECRET = RECONCILE_SECRET
const VIETQR = "pp_vietqr_vietqr"
const COMPANY = {
  company_name: "Công ty TNHH Đặc sản Miền Tây",
  tax_code: "0312345678-001",
  address: "12 Trần Hưng Đạo, Phường Long Xuyên, Tỉnh An Giang",
  email: "ketoan@dacsanmientay.vn",
}

/** A provider that is down: every issue fails, as a real one's outage or timeout would. */
const downProvider = (): InvoiceProvider & { calls: number } => ({
  id: "stand-in",
  registered: true,
  calls: 0,
  async issue() {
    this.calls++
    throw new Error("503 Service Unavailable from the stand-in provider")
  },
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const invoiceModule = () => getContainer().resolve(INVOICE_MODULE) as any
    const useProvider = (provider: InvoiceProvider | undefined) =>
      getContainer().register(INVOICE_PROVIDER_KEY, asValue(provider))
    afterEach(() => useProvider(undefined))

    /** The cheapest variant of each seeded product, by OCOP key. */
    async function variantsByKey() {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "prices.amount", "prices.currency_code", "product.metadata"],
      })
      const cheapest = new Map<string, { id: string; price: number }>()
      for (const v of data as any[]) {
        const key = v.product.metadata.ocop_key
        const price = v.prices.find((p: any) => p.currency_code === "vnd").amount
        if (!cheapest.has(key) || cheapest.get(key)!.price > price) cheapest.set(key, { id: v.id, price })
      }
      return cheapest
    }

    /** Places a VietQR order for the given variants, with a company invoice request when given. */
    async function placeVietQrOrder(store: StoreSetup, variantIds: string[], company?: typeof COMPANY) {
      const headers = storeHeaders(store)
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: store.regionId,
          email: "khach@example.vn",
          items: variantIds.map((variant_id) => ({ variant_id, quantity: 1 })),
        },
        headers
      )
      const cartId = data.cart.id
      await shipToFirstOption(api, cartId, headers)
      if (company) {
        await api.post(`/store/ocop/carts/${cartId}/invoice-request`, company, headers)
      }
      const session = await openPaymentSession(api, store, cartId, VIETQR)
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      return { order: completed.order, session, cartId }
    }

    /** The bank reports the exact transfer; resolves once the invoice subscriber has run. */
    async function payByTransfer(session: any, amount: number) {
      const invoiced = TestEventUtils.waitSubscribersExecution(
        "payment.captured",
        getContainer().resolve(Modules.EVENT_BUS),
        { timeout: 30_000 }
      )
      await api.post("/hooks/vietqr/reconcile", { reference: session.data.reference, amount }, reconcileHeaders())
      await invoiced
    }

    describe("online orders", () => {
      let store: StoreSetup
      beforeEach(async () => {
        store = await seedShop(getContainer(), ["p29", "p20", "p26", "p25"])
      })

      it("issues nothing before the money is in, then a company invoice for one order and a retail invoice for another, numbered in one series", async () => {
        const v = await variantsByKey()
        const companyOrder = await placeVietQrOrder(store, [v.get("p29")!.id], COMPANY)
        const retailOrder = await placeVietQrOrder(store, [v.get("p29")!.id])
        const before = await api.get(`/store/ocop/orders/${companyOrder.order.id}/invoices`, storeHeaders(store))
        expect(before.data.invoices).toEqual([])

        await payByTransfer(companyOrder.session, companyOrder.order.total)
        await payByTransfer(retailOrder.session, retailOrder.order.total)

        const company = (await api.get(`/store/ocop/orders/${companyOrder.order.id}/invoices`, storeHeaders(store))).data.invoices
        const retail = (await api.get(`/store/ocop/orders/${retailOrder.order.id}/invoices`, storeHeaders(store))).data.invoices
        expect(company).toEqual([
          expect.objectContaining({ kind: "company", status: "issued", template: "1", number: 1, total: companyOrder.order.total }),
        ])
        expect(retail).toEqual([expect.objectContaining({ kind: "retail", status: "issued", number: 2 })])
        expect(company[0].series).toMatch(/^C\d{2}TOC$/)
        expect(retail[0].series).toBe(company[0].series)

        const page = await api.get(company[0].url, storeHeaders(store))
        expect(page.headers["content-type"]).toContain("text/html")
        expect(page.data).toContain("Công ty TNHH Đặc sản Miền Tây")
        expect(page.data).toContain("0312345678-001")
        expect(page.data).toContain("KHÔNG CÓ GIÁ TRỊ VỚI CƠ QUAN THUẾ")
        expect(page.data).toContain("Not registered with the tax authority")
        const retailPage = await api.get(retail[0].url, storeHeaders(store))
        expect(retailPage.data).not.toContain("0312345678")

        // Each buyer is e-mailed the invoice's lookup code and link (the company at its invoice address).
        const mails = await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ template: "ocop-invoice-issued" })
        expect(mails.map((m: any) => [m.to, m.data.lookup_code, m.data.path]).sort()).toEqual(
          [
            [COMPANY.email, company[0].lookup_code, `/invoices/${company[0].lookup_code}`],
            ["khach@example.vn", retail[0].lookup_code, `/invoices/${retail[0].lookup_code}`],
          ].sort()
        )
      })

      it("takes VAT out line by line at each product's rate, to the đồng, totals equal to what was paid, amount in words", async () => {
        const v = await variantsByKey()
        const { order, session } = await placeVietQrOrder(store, ["p29", "p20", "p26", "p25"].map((k) => v.get(k)!.id))
        await payByTransfer(session, order.total)
        const [invoice] = await invoiceModule().listInvoices({ order_id: order.id }, { relations: ["lines"] })
        const line = (start: string) => invoice.lines.find((l: any) => l.title.startsWith(start))
        // Prices include VAT: 45.000 at 8 %, 80.000 at 5 %, 65.000 at 10 %, 70.000 not subject.
        expect(line("Bánh hạnh nhân")).toEqual(expect.objectContaining({ vat_rate: 8, amount: 41667, vat_amount: 3333, total: 45000 }))
        expect(line("Gạo thơm")).toEqual(expect.objectContaining({ vat_rate: 5, amount: 76190, vat_amount: 3810, total: 80000 }))
        expect(line("Rượu thốt nốt")).toEqual(expect.objectContaining({ vat_rate: 10, amount: 59091, vat_amount: 5909, total: 65000 }))
        expect(line("Mãng cầu")).toEqual(expect.objectContaining({ vat_rate: null, amount: 70000, vat_amount: 0, total: 70000 }))
        // One delivery fee per producer's parcel (decision 402), each a line at 8 %.
        const shipping = invoice.lines.filter((l: any) => l.title.startsWith("Phí vận chuyển"))
        expect(shipping.length).toBe(order.shipping_methods.length)
        for (const fee of shipping) expect(fee.amount + fee.vat_amount).toBe(fee.total)
        expect(invoice.total).toBe(order.total)
        expect(invoice.vat_total).toBe(3333 + 3810 + 5909 + shipping.reduce((sum: number, fee: any) => sum + fee.vat_amount, 0))
        expect(invoice.subtotal + invoice.vat_total).toBe(invoice.total)
        // 260.000 of goods plus each parcel's first delivery option (30.000 or 55.000).
        const inWords: Record<number, string> = {
          290000: "Hai trăm chín mươi nghìn đồng",
          315000: "Ba trăm mười lăm nghìn đồng",
          380000: "Ba trăm tám mươi nghìn đồng",
          405000: "Bốn trăm linh năm nghìn đồng",
          430000: "Bốn trăm ba mươi nghìn đồng",
          455000: "Bốn trăm năm mươi lăm nghìn đồng",
          480000: "Bốn trăm tám mươi nghìn đồng",
        }
        expect(invoice.amount_in_words).toBe(inWords[order.total])
      })

      it("refuses an invalid tax code with a 400 naming tax_code, and keeps no request", async () => {
        const headers = storeHeaders(store)
        const { data } = await api.post("/store/carts", { region_id: store.regionId }, headers)
        for (const tax_code of ["12345", "031234567890", "0312345678-0A"]) {
          const res = await responseOf(
            api.post(`/store/ocop/carts/${data.cart.id}/invoice-request`, { ...COMPANY, tax_code }, headers)
          )
          expect(res.status).toBe(400)
          expect(res.data.message).toContain("tax_code")
        }
        expect(await invoiceModule().listInvoiceRequests({ cart_id: data.cart.id })).toEqual([])
        const ok = await api.post(
          `/store/ocop/carts/${data.cart.id}/invoice-request`,
          { ...COMPANY, tax_code: "0312345678001" },
          headers
        )
        expect(ok.data.invoice_request.tax_code).toBe("0312345678-001")
      })

      it("never blocks an order when the provider is down: the invoice waits as failed, the office sees it, and the retry issues it", async () => {
        const provider = downProvider()
        useProvider(provider)
        const v = await variantsByKey()
        const { order, session } = await placeVietQrOrder(store, [v.get("p29")!.id])
        await payByTransfer(session, order.total)
        const paid = await api.get(`/store/orders/${order.id}?fields=id,payment_status`, storeHeaders(store))
        expect(paid.data.order.payment_status).toBe("captured")
        expect(provider.calls).toBe(1)

        const headers = await adminHeaders(api, getContainer())
        const listed = await api.get("/admin/ocop/invoices?status=failed", headers)
        expect(listed.data.invoices).toEqual([
          expect.objectContaining({
            order_id: order.id,
            status: "failed",
            attempts: 1,
            last_error: expect.stringContaining("503"),
          }),
        ])
        const shopper = await api.get(`/store/ocop/orders/${order.id}/invoices`, storeHeaders(store))
        expect(shopper.data.invoices[0].status).toBe("pending")

        // Still down: the retry job tries again and records the attempt.
        await retryDueInvoices(getContainer(), 0)
        expect(provider.calls).toBe(2)
        // Back up (the embedded provider): the next retry issues it.
        useProvider(undefined)
        const retried = await retryDueInvoices(getContainer(), 0)
        expect(retried).toEqual([expect.objectContaining({ status: "issued" })])
        const [invoice] = await invoiceModule().listInvoices({ order_id: order.id })
        expect(invoice).toEqual(expect.objectContaining({ status: "issued", attempts: 3, number: 1, last_error: null }))
      })
    })

    describe("Viettel S-Invoice", () => {
      const SELLER_MST = "0301234567"
      const API = "/services/einvoiceapplication/api/InvoiceAPI/InvoiceWS"
      let store: StoreSetup
      let standIn: Awaited<ReturnType<typeof startCarrierStandIn>>
      beforeEach(async () => {
        store = await seedShop(getContainer(), ["p29"])
        // Viettel's API as its documentation shows it (docs/e-invoices.md): the series
        // is not registered yet, so every invoice is refused.
        standIn = await startCarrierStandIn({
          "POST /auth/login": () => ({ body: { access_token: "tok-1", token_type: "bearer", expires_in: 599 } }),
          [`POST ${API}/searchInvoiceByTransactionUuid`]: () => ({
            status: 400,
            body: { code: 400, message: "NOT_FOUND_DATA", data: "Không tìm thấy hóa đơn" },
          }),
          [`POST ${API}/createInvoice/${SELLER_MST}`]: () => ({
            status: 400,
            body: { code: 400, message: "INVOICE_SERIAL_NOT_FOUND", data: "Ký hiệu hóa đơn không tồn tại" },
          }),
        })
        Object.assign(process.env, {
          SINVOICE_API_URL: standIn.url,
          SINVOICE_USERNAME: SELLER_MST,
          SINVOICE_PASSWORD: "mat-khau-thu",
          SINVOICE_SUPPLIER_TAX_CODE: SELLER_MST,
        })
      })
      afterEach(async () => {
        for (const key of ["SINVOICE_API_URL", "SINVOICE_USERNAME", "SINVOICE_PASSWORD", "SINVOICE_SUPPLIER_TAX_CODE"])
          delete process.env[key]
        await standIn.close()
      })

      it("takes the order and its money while S-Invoice refuses, shows the office Viettel's reason, and the retry issues Viettel's number", async () => {
        const v = await variantsByKey()
        const { order, session } = await placeVietQrOrder(store, [v.get("p29")!.id], COMPANY)
        await payByTransfer(session, order.total)
        const paid = await api.get(`/store/orders/${order.id}?fields=id,payment_status`, storeHeaders(store))
        expect(paid.data.order.payment_status).toBe("captured")

        const headers = await adminHeaders(api, getContainer())
        const listed = await api.get("/admin/ocop/invoices?status=failed", headers)
        expect(listed.data.invoices).toEqual([
          expect.objectContaining({
            order_id: order.id,
            provider: "sinvoice",
            status: "failed",
            last_error: expect.stringContaining("INVOICE_SERIAL_NOT_FOUND: Ký hiệu hóa đơn không tồn tại"),
          }),
        ])
        const create = standIn.requests.find((r) => r.path.startsWith(`${API}/createInvoice/`))!
        expect(create.headers.cookie).toBe("access_token=tok-1")
        expect(create.body.buyerInfo).toEqual(
          expect.objectContaining({ buyerLegalName: COMPANY.company_name, buyerTaxCode: COMPANY.tax_code })
        )
        const items = create.body.itemInfo as any[]
        expect(items.reduce((sum, i) => sum + i.itemTotalAmountWithTax, 0)).toBe(order.total)

        // The series is registered at Viettel: the next retry is issued under Viettel's number.
        const series = create.body.generalInvoiceInfo.invoiceSeries
        standIn.answer({
          [`POST ${API}/createInvoice/${SELLER_MST}`]: (r) => ({
            body: {
              errorCode: null,
              description: null,
              result: {
                supplierTaxCode: SELLER_MST,
                invoiceNo: `${series}7`,
                transactionID: r.body.generalInvoiceInfo.transactionUuid,
                reservationCode: "7QK2MZ4TRA",
              },
            },
          }),
        })
        const retried = await retryDueInvoices(getContainer(), 0)
        expect(retried).toEqual([expect.objectContaining({ status: "issued" })])
        const [invoice] = await invoiceModule().listInvoices({ order_id: order.id })
        expect(invoice).toEqual(
          expect.objectContaining({ status: "issued", provider: "sinvoice", number: 7, attempts: 2, last_error: null })
        )
        expect(invoice.provider_ref).toContain("code=7QK2MZ4TRA")
        // Registered with the tax authority through Viettel: no "not registered" notice.
        const page = await api.get(`/store/ocop/invoices/${invoice.lookup_code}`, storeHeaders(store))
        expect(page.data).not.toContain("KHÔNG CÓ GIÁ TRỊ VỚI CƠ QUAN THUẾ")
        // …and the buyer can check it on Viettel's portal with Viettel's number and code.
        expect(page.data).toContain(`${series}7`)
        expect(page.data).toContain("7QK2MZ4TRA")
      })
    })

    describe("counter sales", () => {
      let s: SalesPointSetup
      beforeEach(async () => {
        s = await setupSalesPoints(api, getContainer())
      })

      it("issues an invoice for every counter sale, from the cash-register series, and the receipt carries its lookup code", async () => {
        const res = await api.post(
          `/sales-point/points/${s.pointA.id}/sales`,
          { items: [{ variant_id: s.variants[0].id, quantity: 2 }], payment_method: "cash" },
          s.a
        )
        expect(res.data.sale.invoice).toEqual({ lookup_code: expect.stringMatching(/^[A-Z0-9]{10}$/), status: "issued" })
        const receipt = await api.get(`/sales-point/points/${s.pointA.id}/orders/${res.data.sale.order_id}`, s.a)
        expect(receipt.data.receipt.invoice).toEqual(
          expect.objectContaining({
            lookup_code: res.data.sale.invoice.lookup_code,
            status: "issued",
            series: expect.stringMatching(/^C\d{2}MOC$/),
            number: 1,
          })
        )
        const invoices = await invoiceModule().listInvoices({ order_id: res.data.sale.order_id })
        expect(invoices).toHaveLength(1)
        expect(invoices[0]).toEqual(expect.objectContaining({ channel: "counter", kind: "retail", total: res.data.sale.total }))
      })

      it("sells at the counter while the provider is down; the invoice is left for the retry", async () => {
        useProvider(downProvider())
        const res = await api.post(
          `/sales-point/points/${s.pointA.id}/sales`,
          { items: [{ variant_id: s.variants[0].id, quantity: 1 }], payment_method: "cash" },
          s.a
        )
        expect(res.status).toBe(201)
        expect(res.data.sale.invoice).toEqual({ lookup_code: expect.any(String), status: "failed" })
      })

      it("replaces the issued invoice after a return: a new invoice for what was kept, the old one marked replaced and unchanged", async () => {
        const sale = await api.post(
          `/sales-point/points/${s.pointA.id}/sales`,
          { items: [{ variant_id: s.variants[0].id, quantity: 2 }], payment_method: "cash" },
          s.a
        )
        const orderId = sale.data.sale.order_id
        const [original] = await invoiceModule().listInvoices({ order_id: orderId }, { relations: ["lines"] })
        const headers = await adminHeaders(api, getContainer())
        // One of the two units comes back, through Medusa's return flow.
        const { data: order } = await api.get(`/admin/orders/${orderId}?fields=id,items.id`, headers)
        const itemId = order.order.items[0].id
        const { data: ret } = await api.post("/admin/returns", { order_id: orderId, location_id: s.pointA.stock_location_id }, headers)
        const returnId = ret.return.id
        await api.post(`/admin/returns/${returnId}/request-items`, { items: [{ id: itemId, quantity: 1 }] }, headers)
        await api.post(`/admin/returns/${returnId}/request`, {}, headers)
        await api.post(`/admin/returns/${returnId}/receive`, {}, headers)
        await api.post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: itemId, quantity: 1 }] }, headers)
        await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, headers)

        const replaced = await api.post(
          `/admin/ocop/invoices/${original.id}/replace`,
          { reason: "Khách trả lại 1 sản phẩm" },
          headers
        )
        expect(replaced.data.invoice).toEqual(
          expect.objectContaining({
            relation: "replacement",
            replaces_id: original.id,
            status: "issued",
            number: 2,
            total: original.lines[0].unit_price,
          })
        )
        expect(replaced.data.invoice.lines).toEqual([expect.objectContaining({ quantity: 1 })])
        const [after] = await invoiceModule().listInvoices({ id: original.id }, { relations: ["lines"] })
        expect(after.status).toBe("replaced")
        expect(after.total).toBe(original.total)
        expect(after.number).toBe(original.number)
        expect(after.lines).toEqual([expect.objectContaining({ quantity: 2 })])

        const again = await responseOf(
          api.post(`/admin/ocop/invoices/${original.id}/replace`, { reason: "lần nữa" }, headers)
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("invoice")
      })
    })
  },
})
