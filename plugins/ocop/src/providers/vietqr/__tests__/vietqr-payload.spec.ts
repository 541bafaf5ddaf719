import {
  crc16CcittFalse,
  decodeVietQr,
  encodeVietQr,
  NAPAS_GUID,
  SERVICE_TO_ACCOUNT,
} from "../vietqr-payload"

const transfer = {
  bankBin: "970436",
  accountNumber: "0071000888999",
  amount: 45000,
  purpose: "OCOP1042",
}

describe("crc16CcittFalse", () => {
  it("gives the published check value of CRC-16/CCITT-FALSE for 123456789", () => {
    expect(crc16CcittFalse("123456789")).toBe("29B1")
  })
})

describe("encodeVietQr / decodeVietQr", () => {
  it("decodes back to the same bank, account, amount and reference, with a valid CRC", () => {
    const decoded = decodeVietQr(encodeVietQr(transfer))
    expect(decoded).toEqual(
      expect.objectContaining({
        bankBin: "970436",
        accountNumber: "0071000888999",
        amount: 45000,
        purpose: "OCOP1042",
        serviceCode: SERVICE_TO_ACCOUNT,
        currency: "704",
        country: "VN",
        crcValid: true,
      })
    )
    expect(decoded.fields["01"]).toBe("12")
  })

  it("lays the fields out as NAPAS's merchant-presented template", () => {
    const payload = encodeVietQr(transfer)
    expect(payload.startsWith("000201010212")).toBe(true)
    expect(payload).toContain(
      `38570010${NAPAS_GUID}01270006970436011300710008889990208${SERVICE_TO_ACCOUNT}`
    )
    expect(payload).toContain("5303704540545000")
    expect(payload).toContain("5802VN62120808OCOP1042")
    expect(payload).toMatch(/6304[0-9A-F]{4}$/)
  })

  it("writes the amount as whole đồng, never scaled to hundredths", () => {
    const decoded = decodeVietQr(encodeVietQr({ ...transfer, amount: 1250000 }))
    expect(decoded.fields["54"]).toBe("1250000")
    expect(decoded.amount).toBe(1250000)
  })

  it("makes a static code without an amount", () => {
    const decoded = decodeVietQr(
      encodeVietQr({ bankBin: "970415", accountNumber: "113366668888" })
    )
    expect(decoded.fields["01"]).toBe("11")
    expect(decoded.amount).toBeUndefined()
    expect(decoded.crcValid).toBe(true)
  })

  it("flags a payload whose amount was altered after the CRC was computed", () => {
    const tampered = encodeVietQr(transfer).replace("540545000", "540595000")
    const decoded = decodeVietQr(tampered)
    expect(decoded.amount).toBe(95000)
    expect(decoded.crcValid).toBe(false)
  })

  it.each([
    [{ amount: 45000.5 }, "amount"],
    [{ amount: 0 }, "amount"],
    [{ bankBin: "97043" }, "bankBin"],
    [{ accountNumber: "0071-000" }, "accountNumber"],
    [{ purpose: "Đơn hàng 12" }, "purpose"],
  ])("refuses %o, naming %s", (override, name) => {
    expect(() => encodeVietQr({ ...transfer, ...override })).toThrow(name)
  })

  it("refuses a truncated payload", () => {
    expect(() => decodeVietQr(encodeVietQr(transfer).slice(0, 40))).toThrow(
      /truncated/
    )
  })
})
