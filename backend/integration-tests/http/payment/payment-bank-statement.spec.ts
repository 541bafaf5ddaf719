import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createHmac } from "node:crypto"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"
import { responseOf, seedShop } from "../fixtures"
import { paymentsOf, pickVariant, placeOrder } from "../payment-fixtures"

const SEPAY_KEY = "test-sepay-webhook-key"
const CASSO_KEY = "test-casso-checksum-key"
process.env.SEPAY_WEBHOOK_API_KEY = SEPAY_KEY
process.env.CASSO_WEBHOOK_CHECKSUM_KEY = CASSO_KEY
const VIETQR = "pp_vietqr_vietqr"

/** What a Vietnamese bank makes of "OCOPxxxxxxxxxx": split, lower-cased in part, glued between trace numbers and the sender. */
const mangled = (reference: string) =>
  `MBVCB.3278907687.${reference.slice(0, 7).toLowerCase()} ${reference.slice(7)}.CT tu 0123456789 NGUYEN THI LAN toi 1234567890`

/** A SePay webhook body as its guide documents it. */
const sepayBody = (over: Record<string, unknown>) => ({
  id: 92704,
  gateway: "Vietcombank",
  transactionDate: "2026-12-06 14:02:37",
  accountNumber: "0123499999",
  code: null,
  content: "",
  transferType: "in",
  transferAmount: 0,
  accumulated: 19077000,
  subAccount: null,
  referenceCode: "MBVCB.3278907687",
  description: "",
  ...over,
})
const sepayHeaders = (key = SEPAY_KEY) => ({
  headers: { authorization: `Apikey ${key}` },
})

/** A Casso webhook v2 body as its guide documents it. */
const cassoBody = (over: Record<string, unknown>) => ({
  error: 0,
  data: {
    id: 9001,
    reference: "FT26340123456",
    description: "",
    amount: 0,
    runningBalance: 25000000,
    transactionDateTime: "2026-12-06 15:06:37",
    accountNumber: "88888888",
    bankName: "VPBank",
    bankAbbreviation: "VPB",
    virtualAccountNumber: "",
    virtualAccountName: "",
    counterAccountName: "NGUYEN THI LAN",
    counterAccountNumber: "8888888888",
    counterAccountBankId: "970415",
    counterAccountBankName: "VietinBank",
    ...over,
  },
})
// Casso's documented signing, written out here rather than taken from the code under test:
// HMAC-SHA512 with the checksum key over "<t>.<body JSON with keys sorted>", hex.
const sorted = (v: any): any =>
  v && typeof v === "object" && !Array.isArray(v)
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])]))
    : v
const cassoHeaders = (body: unknown, key = CASSO_KEY) => {
  const t = "1765033597000"
  const v1 = createHmac("sha512", key)
    .update(`${t}.${JSON.stringify(sorted(body))}`)
    .digest("hex")
  return { headers: { "x-casso-signature": `t=${t},v1=${v1}` } }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let store: StoreSetup
    let variant: { id: string; price: number }

    beforeAll(async () => {
      store = await seedShop(getContainer(), ["p29"])
      variant = await pickVariant(getContainer())
      await dbUtils.snapshot()
    })

    const vietQrOrder = () => placeOrder(api, store, variant.id, VIETQR)

    describe("POST /hooks/sepay", () => {
      it("captures the order whose reference the bank mangled in the note, once however often SePay redelivers", async () => {
        const { order, session } = await vietQrOrder()
        const body = sepayBody({
          content: mangled(session.data.reference),
          transferAmount: order.total,
        })
        const first = await api.post("/hooks/sepay", body, sepayHeaders())
        const again = await api.post("/hooks/sepay", body, sepayHeaders())
        expect(first.status).toBe(200)
        expect(first.data).toEqual(
          expect.objectContaining({
            success: true,
            matched: true,
            outcome: "received",
            order_id: order.id,
            reference: session.data.reference,
          })
        )
        expect(again.data).toEqual(
          expect.objectContaining({ success: true, outcome: "already_received" })
        )
        const { paymentStatus, payments } = await paymentsOf(api, store, getContainer(), order.id)
        expect(paymentStatus).toBe("captured")
        expect(payments[0].captures).toHaveLength(1)
        expect(payments[0].data.transfers).toEqual([
          expect.objectContaining({
            result: "received",
            source: "bank",
            bank_transaction_id: "sepay:92704",
          }),
        ])
      })

      it("flags an underpayment for the office without capturing, and records it once when redelivered", async () => {
        const { order, session } = await vietQrOrder()
        const body = sepayBody({
          content: mangled(session.data.reference),
          transferAmount: order.total - 1000,
        })
        const first = await api.post("/hooks/sepay", body, sepayHeaders())
        const again = await api.post("/hooks/sepay", body, sepayHeaders())
        expect(first.data).toEqual(
          expect.objectContaining({
            outcome: "mismatch",
            amount: order.total - 1000,
            expected: order.total,
            replay: false,
          })
        )
        expect(again.data).toEqual(
          expect.objectContaining({ outcome: "mismatch", replay: true })
        )
        const { paymentStatus, payments } = await paymentsOf(api, store, getContainer(), order.id)
        expect(paymentStatus).toBe("authorized")
        expect(payments[0].captured_at).toBeNull()
        expect(payments[0].data.transfers).toEqual([
          expect.objectContaining({ result: "mismatch", amount: order.total - 1000 }),
        ])
      })

      it("answers an unknown reference as unmatched (so SePay stops retrying) and captures nothing", async () => {
        const { order } = await vietQrOrder()
        const res = await api.post(
          "/hooks/sepay",
          sepayBody({ content: "IBFT OCOPZZZZZZZZZZ thanh toan", transferAmount: order.total }),
          sepayHeaders()
        )
        expect(res.status).toBe(200)
        expect(res.data).toEqual(
          expect.objectContaining({ matched: false, outcome: "unmatched", references: ["OCOPZZZZZZZZZZ"] })
        )
        const { paymentStatus } = await paymentsOf(api, store, getContainer(), order.id)
        expect(paymentStatus).toBe("authorized")
      })

      it("refuses a wrong API key with 401 and captures nothing", async () => {
        const { order, session } = await vietQrOrder()
        const body = sepayBody({ content: mangled(session.data.reference), transferAmount: order.total })
        const wrong = await responseOf(api.post("/hooks/sepay", body, sepayHeaders("not-the-key")))
        const bare = await responseOf(api.post("/hooks/sepay", body, { headers: { authorization: SEPAY_KEY } }))
        expect(wrong.status).toBe(401)
        expect(bare.status).toBe(401)
        expect(wrong.data.message).toContain("authorization")
        const { paymentStatus } = await paymentsOf(api, store, getContainer(), order.id)
        expect(paymentStatus).toBe("authorized")
      })

      it("is a 400 naming the field for a body that is not a SePay transaction", async () => {
        const res = await responseOf(
          api.post("/hooks/sepay", sepayBody({ transferAmount: 12.5 }), sepayHeaders())
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("transferAmount")
      })
    })

    describe("POST /hooks/casso", () => {
      it("captures the order whose reference the bank mangled in the description, once per Casso transaction", async () => {
        const { order, session } = await vietQrOrder()
        const body = cassoBody({
          description: mangled(session.data.reference),
          amount: order.total,
        })
        const first = await api.post("/hooks/casso", body, cassoHeaders(body))
        const again = await api.post("/hooks/casso", body, cassoHeaders(body))
        expect(first.data).toEqual(
          expect.objectContaining({ success: true, outcome: "received", order_id: order.id })
        )
        expect(again.data.outcome).toBe("already_received")
        const { paymentStatus, payments } = await paymentsOf(api, store, getContainer(), order.id)
        expect(paymentStatus).toBe("captured")
        expect(payments[0].captures).toHaveLength(1)
        expect(payments[0].data.transfers[0].bank_transaction_id).toBe("casso:9001")
      })

      it("flags an overpayment without capturing", async () => {
        const { order, session } = await vietQrOrder()
        const body = cassoBody({
          description: mangled(session.data.reference),
          amount: order.total + 50000,
        })
        const res = await api.post("/hooks/casso", body, cassoHeaders(body))
        expect(res.data).toEqual(
          expect.objectContaining({ outcome: "mismatch", expected: order.total })
        )
        const { paymentStatus } = await paymentsOf(api, store, getContainer(), order.id)
        expect(paymentStatus).toBe("authorized")
      })

      it("answers an unknown reference as unmatched", async () => {
        const body = cassoBody({ description: "chuyen tien an trua", amount: 45000 })
        const res = await api.post("/hooks/casso", body, cassoHeaders(body))
        expect(res.data).toEqual(
          expect.objectContaining({ matched: false, outcome: "unmatched", references: [] })
        )
      })

      it("refuses a signature made with another key, or over another amount, and the v1 secure-token header", async () => {
        const { order, session } = await vietQrOrder()
        const body = cassoBody({ description: mangled(session.data.reference), amount: order.total })
        const otherKey = await responseOf(api.post("/hooks/casso", body, cassoHeaders(body, "other-key")))
        const signedLess = cassoBody({ description: mangled(session.data.reference), amount: 1000 })
        const tampered = await responseOf(api.post("/hooks/casso", body, cassoHeaders(signedLess)))
        const v1 = await responseOf(api.post("/hooks/casso", body, { headers: { "secure-token": CASSO_KEY } }))
        for (const res of [otherKey, tampered, v1]) {
          expect(res.status).toBe(401)
          expect(res.data.message).toContain("x-casso-signature")
        }
        const { paymentStatus } = await paymentsOf(api, store, getContainer(), order.id)
        expect(paymentStatus).toBe("authorized")
      })
    })
  },
})
