import { describe, expect, it } from "vitest"
import { verifyCassoSignature } from "./casso-signature"

// The sample delivery Casso publishes with its v2 webhook guide: body, checksum key
// and the X-Casso-Signature Casso computed for them.
const SAMPLE_KEY = "mgExMrjj4i7a1p8Cs6LmFbpCd8lbw4sSX4LZXPag7TKazeIogtR90tvWYTkwQbvs"
const SAMPLE_HEADER =
  "t=1727948258788,v1=ed0a4bd2e826d5cb69988cdb141e6c1a080e21f3b57eb72cd78192220042b9e7dde0868fc667faea8e224900fa7904e7c88dfa098032fb2d6b6996856e8b7ff3"
const sampleBody = () => ({
  error: 0,
  data: {
    id: 0,
    reference: "MA_GIAO_DICH_THU_NGHIEM",
    description: "giao dich thu nghiem",
    amount: 599000,
    runningBalance: 25000000,
    transactionDateTime: "2024-10-03 15:06:37",
    accountNumber: "88888888",
    bankName: "VPBank",
    bankAbbreviation: "VPB",
    virtualAccountNumber: "",
    virtualAccountName: "",
    counterAccountName: "NGUYEN VAN A",
    counterAccountNumber: "8888888888",
    counterAccountBankId: "970415",
    counterAccountBankName: "VietinBank",
  },
})

describe("verifyCassoSignature", () => {
  it("accepts Casso's published sample delivery, whatever order its keys arrive in", () => {
    const { data, error } = sampleBody()
    const reordered = { data: Object.fromEntries(Object.entries(data).reverse()), error }
    expect(verifyCassoSignature(SAMPLE_HEADER, sampleBody(), SAMPLE_KEY)).toBe(true)
    expect(verifyCassoSignature(SAMPLE_HEADER, reordered, SAMPLE_KEY)).toBe(true)
  })

  it("refuses a tampered amount, another key, another timestamp, and a malformed header", () => {
    const tampered = sampleBody()
    tampered.data.amount = 5990000
    expect(verifyCassoSignature(SAMPLE_HEADER, tampered, SAMPLE_KEY)).toBe(false)
    expect(verifyCassoSignature(SAMPLE_HEADER, sampleBody(), "other-key")).toBe(false)
    expect(
      verifyCassoSignature(SAMPLE_HEADER.replace("t=1727948258788", "t=1727948258789"), sampleBody(), SAMPLE_KEY)
    ).toBe(false)
    expect(verifyCassoSignature("secure-token", sampleBody(), SAMPLE_KEY)).toBe(false)
  })
})
