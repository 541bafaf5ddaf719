import { describe, expect, it } from "vitest"
import { shopOperator } from "./shop-operator.server"

describe("shopOperator", () => {
  it("shows nothing that is not configured", () => {
    expect(shopOperator({})).toEqual({ name: null, address: null, taxCode: null, email: null, hotline: null, zalo: null, bctUrl: null })
  })

  it("reads the operator, hotline, Zalo (a number becomes a zalo.me link) and the Bộ Công Thương register link", () => {
    const operator = shopOperator({
      OCOP_OPERATOR_NAME: "Công ty TNHH OCOP Market",
      OCOP_OPERATOR_TAX_CODE: "1601234567",
      OCOP_HOTLINE: "1900 1234",
      OCOP_ZALO: "0912 345 678",
      OCOP_BCT_URL: "https://online.gov.vn/Home/WebDetails/12345",
    })
    expect(operator).toEqual(
      expect.objectContaining({ name: "Công ty TNHH OCOP Market", hotline: "1900 1234", zalo: "https://zalo.me/0912345678" })
    )
    expect(operator.bctUrl).toBe("https://online.gov.vn/Home/WebDetails/12345")
  })

  it("accepts the badge only as an https link to the register, and an e-mail only as an address", () => {
    expect(shopOperator({ OCOP_BCT_URL: "http://online.gov.vn/Home/WebDetails/12345" }).bctUrl).toBeNull()
    expect(shopOperator({ OCOP_BCT_URL: "https://online.gov.vn.evil.example/Home" }).bctUrl).toBeNull()
    expect(shopOperator({ OCOP_OPERATOR_EMAIL: "cskh@ocop-market.vn" }).email).toBe("cskh@ocop-market.vn")
    expect(shopOperator({ OCOP_OPERATOR_EMAIL: "x@y.vn?body=<script>" }).email).toBeNull()
  })

  it("refuses a badge or Zalo link that points anywhere else", () => {
    const operator = shopOperator({ OCOP_BCT_URL: "https://evil.example/bct", OCOP_ZALO: "javascript:alert(1)" })
    expect(operator.bctUrl).toBeNull()
    expect(operator.zalo).toBeNull()
  })
})
