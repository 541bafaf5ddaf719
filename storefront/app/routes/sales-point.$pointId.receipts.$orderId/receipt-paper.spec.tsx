// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { LocaleContext } from "~/lib/i18n"
import type { Receipt } from "~/lib/data/sales-point-api.server"
import StaffReceiptRoute from "./route"

const receipt: Receipt = {
  order_id: "order_1",
  display_id: 46,
  created_at: "2026-12-06T07:05:00.000Z",
  sales_point: { id: "ocsp_1", name: "Trung tâm OCOP Long Xuyên", address: "1 Đường Thử, Phường Long Xuyên", legal_name: "Sở Công Thương tỉnh An Giang", phone: "0296 000 000" },
  payment_method: "cash",
  payments: [],
  staff_email: "hoa@staff.test",
  staff_name: "Trần Thị Hoa",
  total: 96_000,
  units: 3,
  lines: [
    {
      variant_id: "variant_tuong",
      product_title: "Tương xay Thanh Hồ",
      variant_title: "Hũ 500 g",
      quantity: 3,
      unit_price: 32_000,
      lots: [
        { id: "ocsl_1", lot_code: "TX-01", expires_on: "2027-01-05", quantity: 2 },
        { id: "ocsl_2", lot_code: "TX-02", expires_on: "2027-03-06", quantity: 1 },
      ],
    },
  ],
  invoice: { lookup_code: "OCOPHD12345", status: "issued", template: "1", series: "C26TAA", number: 7 },
}

function renderReceipt(url: string) {
  const Stub = createRemixStub([
    {
      path: "/sales-point/:pointId/receipts/:orderId",
      Component: StaffReceiptRoute,
      loader: ({ request }) => {
        const paper = new URL(request.url).searchParams.get("paper") ?? "80"
        return json({ locale: "vi", receipt, formKey: "k", invoiceUrl: "http://shop.test/invoices/OCOPHD12345", invoiceQr: "<svg></svg>", paper })
      },
    },
  ])
  return render(
    <LocaleContext.Provider value="vi">
      <Stub initialEntries={[url]} />
    </LocaleContext.Provider>
  )
}

describe("the counter receipt on a thermal roll", () => {
  it("prints on 58 mm with the seller's legal name, address, staff, full date, lots and the e-invoice code", async () => {
    renderReceipt("/sales-point/ocsp_1/receipts/order_1?paper=58")
    const article = await screen.findByRole("article")
    expect(article.getAttribute("data-paper")).toBe("58")
    expect(document.querySelector("style")?.textContent).toContain("size: 58mm 297mm")
    expect(screen.getByTestId("receipt-legal-name").textContent).toContain("Sở Công Thương tỉnh An Giang")
    expect(screen.getByTestId("receipt-address").textContent).toBe("1 Đường Thử, Phường Long Xuyên")
    expect(screen.getByTestId("receipt-staff").textContent).toBe("Trần Thị Hoa")
    expect(screen.getByTestId("receipt-time").textContent).toBe("14:05 06/12/2026")
    expect(screen.getAllByTestId("receipt-lot").map((l) => l.textContent)).toEqual(["Lô TX-01, HSD 05/01/2027 (2)", "Lô TX-02, HSD 06/03/2027 (1)"])
    expect(screen.getByTestId("receipt-invoice-code").textContent).toBe("OCOPHD12345")
  })

  it("switches paper with links that keep the receipt's address", async () => {
    renderReceipt("/sales-point/ocsp_1/receipts/order_1?returned=32000")
    const paper = await screen.findByRole("navigation", { name: "Khổ giấy in" })
    const links = [...paper.querySelectorAll("a")]
    expect(links.map((a) => a.textContent)).toEqual(["80 mm", "58 mm", "A4"])
    expect(links[0].getAttribute("aria-current")).toBe("true")
    expect(links[1].getAttribute("href")).toBe("/sales-point/ocsp_1/receipts/order_1?returned=32000&paper=58")
    expect(document.querySelector("style")?.textContent).toContain("size: 80mm 297mm")
  })
})
