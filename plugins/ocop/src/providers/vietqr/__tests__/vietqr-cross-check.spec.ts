// Our VietQR payload is our own code (it was written when no package was thought to
// exist). `vietnam-qr-pay` is a second, independent encoder and decoder of the same
// NAPAS/EMVCo format: every payload we print must read back the same through it, and
// every payload it builds through ours, or a banking app may read something else.
import { QRPay } from "vietnam-qr-pay"
import { decodeVietQr, encodeVietQr } from "../vietqr-payload"

const transfers = [
  { bankBin: "970436", accountNumber: "0071000888999", amount: 45000, purpose: "OCOP1042" },
  { bankBin: "970418", accountNumber: "12010000123456", amount: 1_250_000, purpose: "OCOPQ7K2M9" },
  { bankBin: "970405", accountNumber: "1900123456789" },
]

describe("our VietQR payloads against vietnam-qr-pay", () => {
  it.each(transfers)("vietnam-qr-pay reads our payload for $bankBin/$accountNumber as we meant it", (transfer) => {
    const read = new QRPay(encodeVietQr(transfer))
    expect(read.isValid).toBe(true)
    expect(read.provider.guid).toBe("A000000727")
    expect(read.consumer.bankBin).toBe(transfer.bankBin)
    expect(read.consumer.bankNumber).toBe(transfer.accountNumber)
    expect(read.currency).toBe("704")
    expect(read.nation).toBe("VN")
    expect(read.amount).toBe(transfer.amount === undefined ? undefined : String(transfer.amount))
    expect(read.additionalData.purpose).toBe(transfer.purpose)
    // Dynamic (12) once an amount is set: the code is for this one payment.
    expect(read.initMethod).toBe(transfer.amount === undefined ? "11" : "12")
  })

  it.each(transfers)("we read vietnam-qr-pay's payload for $bankBin/$accountNumber, CRC included", (transfer) => {
    const built = QRPay.initVietQR({
      bankBin: transfer.bankBin,
      bankNumber: transfer.accountNumber,
      amount: transfer.amount === undefined ? undefined : String(transfer.amount),
      purpose: transfer.purpose,
    }).build()
    const decoded = decodeVietQr(built)
    expect(decoded.crcValid).toBe(true)
    expect(decoded).toEqual(expect.objectContaining(transfer))
  })

  it("computes the same CRC as vietnam-qr-pay", () => {
    const payload = encodeVietQr(transfers[0])
    expect(QRPay.genCRCCode(payload.slice(0, -4))).toBe(payload.slice(-4))
  })
})
