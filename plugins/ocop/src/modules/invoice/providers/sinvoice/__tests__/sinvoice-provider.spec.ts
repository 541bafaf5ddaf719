import { startCarrierStandIn, type StandInRoute } from "../../../../../providers/carriers/stand-in"
import type { InvoiceToIssue } from "../../invoice-provider"
import { SInvoiceProvider, SINVOICE_PATHS } from "../sinvoice-provider"
import { sinvoiceOptionsFromEnv, type SInvoiceOptions } from "../sinvoice-options"
import { parseSInvoiceRef, transactionUuidFor } from "../sinvoice-invoice"

// Contract tests: the requests Viettel S-Invoice's API takes (docs/e-invoices.md,
// "Viettel S-Invoice: where each shape comes from"), sent to a recording stand-in
// that answers as the API does.
const SELLER_MST = "0312345678"
const USER = "0312345678"
const PASSWORD = "mat-khau-thu"
const TOKEN = "eyJhbGciOiJIUzI1NiJ9.dGVzdA.sig"
const CREATE = SINVOICE_PATHS.create(SELLER_MST)
const SEARCH = SINVOICE_PATHS.searchByTransactionUuid
// 6 December 2026, 11:00:00.250 in Vietnam: the API takes dates to the second.
const NOW = new Date("2026-12-06T04:00:00.250Z")
const SENT_DATE = Date.parse("2026-12-06T04:00:00.000Z")

const login: StandInRoute = () => ({
  body: { access_token: TOKEN, token_type: "bearer", expires_in: 599, scope: "openid" },
})
const notFound: StandInRoute = () => ({
  status: 400,
  body: { code: 400, message: "NOT_FOUND_DATA", data: "Không tìm thấy hóa đơn" },
})
const created =
  (invoiceNo: string, reservationCode = "7QK2MZ4TRA"): StandInRoute =>
  (r) => ({
    body: {
      errorCode: null,
      description: null,
      result: {
        supplierTaxCode: SELLER_MST,
        invoiceNo,
        transactionID: r.body.generalInvoiceInfo.transactionUuid,
        reservationCode,
        codeOfTax: "M1-26-OCOP1-00000000012",
      },
    },
  })

/** A company invoice for a basket at 8 %, 5 %, 10 % and not subject to VAT, with delivery. */
const companyInvoice = (over: Partial<InvoiceToIssue> = {}): InvoiceToIssue => ({
  id: "ocinv_01JEXAMPLE0000000000000001",
  relation: "original",
  replaces: null,
  kind: "company",
  template: "1/001",
  series: "C26TOC",
  buyer: {
    name: "Công ty TNHH Đặc sản Miền Tây",
    tax_code: "0312345678-001",
    address: "12 Trần Hưng Đạo, Phường Long Xuyên, Tỉnh An Giang",
    email: "ketoan@dacsanmientay.vn",
  },
  lines: [
    { title: "Bánh hạnh nhân Hương Sen", quantity: 2, unit_price: 45000, vat_rate: 8, amount: 83333, vat_amount: 6667, total: 90000 },
    { title: "Gạo thơm Jasmine 5 kg", quantity: 1, unit_price: 80000, vat_rate: 5, amount: 76190, vat_amount: 3810, total: 80000 },
    { title: "Rượu thốt nốt", quantity: 1, unit_price: 65000, vat_rate: 10, amount: 59091, vat_amount: 5909, total: 65000 },
    { title: "Mãng cầu Bà Đen", quantity: 1, unit_price: 70000, vat_rate: null, amount: 70000, vat_amount: 0, total: 70000 },
    { title: "Phí vận chuyển", quantity: 1, unit_price: 30000, vat_rate: 8, amount: 27778, vat_amount: 2222, total: 30000 },
  ],
  subtotal: 316392,
  vat_total: 18608,
  total: 335000,
  amount_in_words: "Ba trăm ba mươi lăm nghìn đồng",
  ...over,
})

describe("Viettel S-Invoice provider", () => {
  let standIn: Awaited<ReturnType<typeof startCarrierStandIn>>
  let options: SInvoiceOptions
  let provider: SInvoiceProvider
  const only = (path: string) => standIn.requests.filter((r) => r.path === path)

  beforeEach(async () => {
    standIn = await startCarrierStandIn({
      [`POST ${SINVOICE_PATHS.login}`]: login,
      [`POST ${SEARCH}`]: notFound,
      [`POST ${CREATE}`]: created("C26TOC12"),
    })
    options = sinvoiceOptionsFromEnv({
      SINVOICE_API_URL: standIn.url,
      SINVOICE_USERNAME: USER,
      SINVOICE_PASSWORD: PASSWORD,
      SINVOICE_SUPPLIER_TAX_CODE: SELLER_MST,
      // Long enough for a loaded machine; only the "hang" test waits it out.
      SINVOICE_TIMEOUT_MS: "2000",
      OCOP_SELLER_NAME: "Hợp tác xã OCOP Market",
      OCOP_SELLER_ADDRESS: "1 Lê Lợi, Phường Long Xuyên, Tỉnh An Giang",
    })!
    provider = new SInvoiceProvider(options, () => NOW)
  })
  afterEach(() => standIn.close())

  describe("issue", () => {
    it("logs in, checks the transaction is new, then creates the invoice with the buyer's MST and every line in đồng at 8 %, 5 %, 10 % and KCT", async () => {
      const issued = await provider.issue(companyInvoice())

      expect(standIn.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        "POST /auth/login",
        `POST ${SEARCH}`,
        `POST ${CREATE}`,
      ])
      const [signIn, search, create] = standIn.requests
      expect(signIn.body).toEqual({ username: USER, password: PASSWORD })
      expect(signIn.headers["content-type"]).toBe("application/json")
      expect(signIn.headers.cookie).toBeUndefined()

      const uuid = transactionUuidFor("ocinv_01JEXAMPLE0000000000000001")
      expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(search.headers.cookie).toBe(`access_token=${TOKEN}`)
      expect(search.headers["content-type"]).toBe("application/x-www-form-urlencoded")
      expect(Object.fromEntries(new URLSearchParams(search.body))).toEqual({
        supplierTaxCode: SELLER_MST,
        transactionUuid: uuid,
      })

      expect(create.path).toBe("/services/einvoiceapplication/api/InvoiceAPI/InvoiceWS/createInvoice/0312345678")
      expect(create.headers.cookie).toBe(`access_token=${TOKEN}`)
      expect(create.headers["content-type"]).toBe("application/json")
      expect(create.body).toEqual({
        generalInvoiceInfo: {
          transactionUuid: uuid,
          invoiceType: "1",
          templateCode: "1/001",
          invoiceSeries: "C26TOC",
          invoiceIssuedDate: SENT_DATE,
          currencyCode: "VND",
          adjustmentType: "1",
          paymentStatus: true,
          cusGetInvoiceRight: true,
          validation: 1,
        },
        buyerInfo: {
          buyerName: "",
          buyerLegalName: "Công ty TNHH Đặc sản Miền Tây",
          buyerTaxCode: "0312345678-001",
          buyerAddressLine: "12 Trần Hưng Đạo, Phường Long Xuyên, Tỉnh An Giang",
          buyerEmail: "ketoan@dacsanmientay.vn",
          buyerCountryCode: "VN",
          buyerNotGetInvoice: 0,
        },
        sellerInfo: {
          sellerLegalName: "Hợp tác xã OCOP Market",
          sellerTaxCode: SELLER_MST,
          sellerAddressLine: "1 Lê Lợi, Phường Long Xuyên, Tỉnh An Giang",
          sellerCountryCode: "VN",
        },
        payments: [{ paymentMethodName: "TM/CK" }],
        itemInfo: [
          expect.objectContaining({ lineNumber: 1, selection: 1, itemName: "Bánh hạnh nhân Hương Sen", quantity: 2, unitPrice: 41666.5, itemTotalAmountWithoutTax: 83333, taxPercentage: 8, taxAmount: 6667, itemTotalAmountAfterDiscount: 83333, itemTotalAmountWithTax: 90000 }),
          expect.objectContaining({ lineNumber: 2, quantity: 1, unitPrice: 76190, itemTotalAmountWithoutTax: 76190, taxPercentage: 5, taxAmount: 3810, itemTotalAmountWithTax: 80000 }),
          expect.objectContaining({ lineNumber: 3, unitPrice: 59091, taxPercentage: 10, taxAmount: 5909, itemTotalAmountWithTax: 65000 }),
          // Not subject to VAT (KCT) is -2 for the API, not 0 %.
          expect.objectContaining({ lineNumber: 4, itemName: "Mãng cầu Bà Đen", taxPercentage: -2, taxAmount: 0, itemTotalAmountWithTax: 70000 }),
          expect.objectContaining({ lineNumber: 5, itemName: "Phí vận chuyển", taxPercentage: 8, taxAmount: 2222, itemTotalAmountWithTax: 30000 }),
        ],
        taxBreakdowns: [
          { taxPercentage: 8, taxableAmount: 111111, taxAmount: 8889, taxableAmountPos: true, taxAmountPos: true },
          { taxPercentage: 5, taxableAmount: 76190, taxAmount: 3810, taxableAmountPos: true, taxAmountPos: true },
          { taxPercentage: 10, taxableAmount: 59091, taxAmount: 5909, taxableAmountPos: true, taxAmountPos: true },
          { taxPercentage: -2, taxableAmount: 70000, taxAmount: 0, taxableAmountPos: true, taxAmountPos: true },
        ],
      })
      // Every line and the whole invoice come to what the buyer paid, to the đồng.
      const items = create.body.itemInfo as any[]
      expect(items.reduce((sum, i) => sum + i.itemTotalAmountWithTax, 0)).toBe(335000)

      // Viettel's number "C26TOC12" in series C26TOC is our number 12; the buyer's
      // code on Viettel's portal is kept with it.
      expect(issued).toEqual({ number: 12, provider_ref: expect.any(String), issued_at: new Date(SENT_DATE) })
      expect(parseSInvoiceRef(issued.provider_ref)).toEqual({
        transaction_uuid: uuid,
        invoice_no: "C26TOC12",
        reservation_code: "7QK2MZ4TRA",
        issued_ms: SENT_DATE,
      })
    })

    it("sends a retail buyer's name and no tax code, and reuses its access token for the next invoice", async () => {
      await provider.issue(companyInvoice())
      standIn.answer({ [`POST ${CREATE}`]: created("C26TOC13") })
      const issued = await provider.issue(
        companyInvoice({
          id: "ocinv_01JEXAMPLE0000000000000002",
          kind: "retail",
          buyer: { name: "Trần Minh", tax_code: null, address: null, email: "khach@example.vn" },
        })
      )
      expect(issued.number).toBe(13)
      expect(only("/auth/login")).toHaveLength(1)
      const retail = only(CREATE)[1].body
      expect(retail.buyerInfo).toEqual(
        expect.objectContaining({ buyerName: "Trần Minh", buyerLegalName: "", buyerTaxCode: "", buyerEmail: "khach@example.vn" })
      )
      expect(retail.generalInvoiceInfo.transactionUuid).not.toBe(only(CREATE)[0].body.generalInvoiceInfo.transactionUuid)
    })

    it("turns a refusal with an HTTP error into a failure naming Viettel's code and message", async () => {
      standIn.answer({
        [`POST ${CREATE}`]: () => ({
          status: 400,
          body: { code: 400, message: "INVOICE_SERIAL_NOT_FOUND", data: "Ký hiệu hóa đơn không tồn tại" },
        }),
      })
      const failure = await provider.issue(companyInvoice()).then(
        () => null,
        (e: Error) => e
      )
      expect(failure).toBeInstanceOf(Error)
      expect(failure!.message).toBe(
        "S-Invoice refused (HTTP 400): INVOICE_SERIAL_NOT_FOUND: Ký hiệu hóa đơn không tồn tại"
      )
    })

    it("turns a refusal inside a 200 answer (errorCode, description) into a failure", async () => {
      standIn.answer({
        [`POST ${CREATE}`]: () => ({
          body: { errorCode: "TEMPLATE_NOT_FOUND", description: "Mẫu hóa đơn không tồn tại", result: null },
        }),
      })
      const failure = await provider.issue(companyInvoice()).catch((e: Error) => e)
      expect((failure as Error).message).toBe(
        "S-Invoice refused (HTTP 200): TEMPLATE_NOT_FOUND: Mẫu hóa đơn không tồn tại"
      )
    })

    it("gives up on a silent API after its deadline, and the retry picks up what Viettel issued meanwhile without a second invoice", async () => {
      standIn.answer({ [`POST ${CREATE}`]: () => "hang" })
      const failure = await provider.issue(companyInvoice()).catch((e: Error) => e)
      expect((failure as Error).message).toBe("S-Invoice did not answer within 2 s")

      // Viettel finished it after all: the next attempt finds it by the same transaction id.
      const uuid = transactionUuidFor("ocinv_01JEXAMPLE0000000000000001")
      standIn.answer({
        [`POST ${SEARCH}`]: (r) =>
          new URLSearchParams(r.body).get("transactionUuid") === uuid
            ? {
                body: {
                  transactionUuid: uuid,
                  errorCode: null,
                  description: null,
                  result: [
                    { supplierTaxCode: SELLER_MST, invoiceNo: "C26TOC0000014", reservationCode: "QX8M2TR4KA", issueDate: SENT_DATE, status: "Đã thanh toán" },
                  ],
                },
              }
            : notFound(r),
      })
      const retried = await provider.issue(companyInvoice())
      expect(retried).toEqual({ number: 14, provider_ref: expect.any(String), issued_at: new Date(SENT_DATE) })
      expect(only(CREATE)).toHaveLength(1)
      expect(await provider.lookup(retried.provider_ref)).toEqual({
        invoice_no: "C26TOC0000014",
        lookup_code: "QX8M2TR4KA",
        issued_at: new Date(SENT_DATE),
        status: "Đã thanh toán",
      })
    })

    it("drops a token the API refuses, so the next attempt logs in again", async () => {
      standIn.answer({ [`POST ${SEARCH}`]: () => ({ status: 401, body: { error: "invalid_token", error_description: "Access token expired" } }) })
      const failure = await provider.issue(companyInvoice()).catch((e: Error) => e)
      expect((failure as Error).message).toContain("HTTP 401")
      standIn.answer({ [`POST ${SEARCH}`]: notFound })
      await provider.issue(companyInvoice())
      expect(only("/auth/login")).toHaveLength(2)
    })

    it("reports a refused login without the password", async () => {
      standIn.answer({
        [`POST ${SINVOICE_PATHS.login}`]: () => ({ status: 401, body: { code: 401, message: "UNAUTHORIZED", data: "Sai tên đăng nhập hoặc mật khẩu" } }),
      })
      const failure = (await provider.issue(companyInvoice()).catch((e: Error) => e)) as Error
      expect(failure.message).toBe(
        "S-Invoice login failed: S-Invoice refused (HTTP 401): UNAUTHORIZED: Sai tên đăng nhập hoặc mật khẩu"
      )
      expect(failure.message).not.toContain(PASSWORD)
      expect(only(CREATE)).toHaveLength(0)
    })
  })

  describe("replacement and adjustment", () => {
    const originalRef = () =>
      `sinvoice:uuid=${transactionUuidFor("ocinv_original")}&no=C26TOC12&date=${Date.parse("2026-12-01T03:00:00Z")}&code=7QK2MZ4TRA`

    it("replaces an issued invoice by naming its number, issue date and template, with the office's reason", async () => {
      const issued = await provider.issue(
        companyInvoice({
          relation: "replacement",
          replaces: { template: "1/001", series: "C26TOC", number: 12, provider_ref: originalRef() },
          reason: "Khách trả lại 1 sản phẩm",
        })
      )
      expect(issued.number).toBe(12)
      expect(only(CREATE)[0].body.generalInvoiceInfo).toEqual(
        expect.objectContaining({
          adjustmentType: "3",
          originalInvoiceId: "C26TOC12",
          originalInvoiceIssueDate: Date.parse("2026-12-01T03:00:00Z"),
          originalTemplateCode: "1/001",
          additionalReferenceDesc: "Khách trả lại 1 sản phẩm",
          additionalReferenceDate: SENT_DATE,
        })
      )
    })

    it("adjusts an issued invoice downwards: adjustment of amounts, decreases flagged, amounts absolute", async () => {
      await provider.issue(
        companyInvoice({
          relation: "adjustment",
          replaces: { template: "1/001", series: "C26TOC", number: 12, provider_ref: originalRef() },
          reason: "Giảm giá sau bán",
          lines: [{ title: "Bánh hạnh nhân Hương Sen", quantity: 1, unit_price: -10800, vat_rate: 8, amount: -10000, vat_amount: -800, total: -10800 }],
          subtotal: -10000,
          vat_total: -800,
          total: -10800,
        })
      )
      const body = only(CREATE)[0].body
      expect(body.generalInvoiceInfo).toEqual(
        expect.objectContaining({ adjustmentType: "5", adjustmentInvoiceType: "1", originalInvoiceId: "C26TOC12" })
      )
      expect(body.itemInfo).toEqual([
        expect.objectContaining({ unitPrice: -10000, quantity: 1, itemTotalAmountWithoutTax: 10000, taxAmount: 800, adjustmentTaxAmount: 800, isIncreaseItem: false }),
      ])
      expect(body.taxBreakdowns).toEqual([
        { taxPercentage: 8, taxableAmount: 10000, taxAmount: 800, taxableAmountPos: false, taxAmountPos: false },
      ])
    })

    it("refuses to replace an invoice S-Invoice did not issue, without calling it to create", async () => {
      const failure = (await provider
        .issue(
          companyInvoice({
            relation: "replacement",
            replaces: { template: "1", series: "C26TOC", number: 3, provider_ref: "local:1/C26TOC/3" },
          })
        )
        .catch((e: Error) => e)) as Error
      expect(failure.message).toBe("S-Invoice cannot replace an invoice it did not issue")
      expect(only(CREATE)).toHaveLength(0)
    })
  })
})

describe("sinvoiceOptionsFromEnv", () => {
  it("is off unless the user, password and seller's tax code are all set", () => {
    expect(sinvoiceOptionsFromEnv({})).toBeNull()
    expect(sinvoiceOptionsFromEnv({ SINVOICE_USERNAME: "u", SINVOICE_PASSWORD: "p" })).toBeNull()
    expect(
      sinvoiceOptionsFromEnv({ SINVOICE_USERNAME: "u", SINVOICE_PASSWORD: "p", OCOP_SELLER_TAX_CODE: "0312345678" })
    ).toEqual(
      expect.objectContaining({ base_url: "https://api-vinvoice.viettel.vn", supplier_tax_code: "0312345678", timeout_ms: 5000 })
    )
  })

  it("never sends the credentials in clear to another machine", async () => {
    const provider = new SInvoiceProvider(
      sinvoiceOptionsFromEnv({
        SINVOICE_API_URL: "http://api-vinvoice.viettel.vn",
        SINVOICE_USERNAME: "u",
        SINVOICE_PASSWORD: "p",
        SINVOICE_SUPPLIER_TAX_CODE: SELLER_MST,
      })!
    )
    const failure = (await provider.issue(companyInvoice()).catch((e: Error) => e)) as Error
    expect(failure.message).toContain("SINVOICE_API_URL must be an https URL")
  })
})
