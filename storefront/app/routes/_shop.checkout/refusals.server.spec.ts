import { describe, expect, it } from "vitest"
import { companyInvoiceRefusal, refusalText } from "./refusals.server"

describe("the checkout's refusals", () => {
  it("are worded on the server in the page's language, for the page to show as they are", () => {
    expect(refusalText("vi", "carrierRefused")).toMatch(/^Đơn vị vận chuyển này không nhận giao/)
    expect(refusalText("en", "pointOutOfStock")).toMatch(/^This sales point has just run out/)
    expect(refusalText("vi", "cardReturnFailed")).toMatch(/^Ngân hàng chưa xác nhận thanh toán thẻ/)
  })

  it("name what is wrong with each company-invoice field the backend refuses", () => {
    expect(companyInvoiceRefusal("vi", "taxCode")).toMatch(/^Mã số thuế gồm 10 số/)
    expect(companyInvoiceRefusal("en", "companyName")).toBe("Enter the company's name.")
    expect(companyInvoiceRefusal("en", "invoiceEmail")).toBe("Enter a valid e-mail for the invoice.")
  })
})
