import { decodeVietQr } from "../vietqr-payload"
import { VietQrPaymentProviderService, vietQrReference } from "../service"

describe("VietQrPaymentProviderService", () => {
  const provider = new VietQrPaymentProviderService(
    {},
    {
      bank_bin: "970436",
      account_number: "0071000888999",
      account_name: "OCOP MARKET",
    }
  )

  it("puts the session's amount and reference in the code it initiates", async () => {
    const result = await provider.initiatePayment({
      amount: 45000,
      currency_code: "vnd",
      data: { session_id: "payses_01JZ8Q4W2V3N5K7M9P1R3T5V7X" },
    })
    const data = result.data as any
    expect(data.reference).toBe(
      vietQrReference("payses_01JZ8Q4W2V3N5K7M9P1R3T5V7X")
    )
    expect(data.reference).toMatch(/^OCOP[0-9A-Z]{10}$/)
    expect(data.amount).toBe(45000)
    expect(decodeVietQr(data.payload)).toEqual(
      expect.objectContaining({
        bankBin: "970436",
        accountNumber: "0071000888999",
        amount: 45000,
        purpose: data.reference,
        crcValid: true,
      })
    )
  })

  it("authorizes without capturing: the transfer is still to be seen", async () => {
    const result = await provider.authorizePayment({
      data: { reference: "OCOPX" },
    })
    expect(result.status).toBe("authorized")
  })

  it("refuses a currency other than đồng", async () => {
    await expect(
      provider.initiatePayment({
        amount: 10,
        currency_code: "usd",
        data: { session_id: "payses_1" },
      })
    ).rejects.toThrow(/đồng/)
  })

  it("refuses options without a six-digit BIN", () => {
    expect(() =>
      VietQrPaymentProviderService.validateOptions({
        bank_bin: "9704",
        account_number: "1",
        account_name: "A",
      })
    ).toThrow(/bank_bin/)
  })
})
