// @vitest-environment happy-dom
import { createRemixStub } from "@remix-run/testing"
import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { LocaleContext, type Locale } from "~/lib/i18n"
import { ocopProduct } from "~/lib/test-fixtures"
import { categoryName } from "~/lib/ocop"
import { CertificateFacts, OriginFacts } from "./provenance-facts"

// A 5-star certificate as the catalog sells it, whose record gives no score,
// decision, issuer or end date.
const sparse = ocopProduct({
  ocop: {
    ...ocopProduct().ocop,
    stars: 5,
    score: null,
    decision_number: null,
    decision_date: null,
    issuing_body: null,
    valid_until: null,
  },
})

function renderFacts(product = sparse, locale: Locale = "vi") {
  const Stub = createRemixStub([
    {
      path: "/",
      Component: () => (
        <LocaleContext.Provider value={locale}>
          <CertificateFacts ocop={product.ocop} category={categoryName(product.ocop.category, locale)} />
          <OriginFacts origin={product.origin} producer={product.producer} />
        </LocaleContext.Provider>
      ),
    },
  ])
  return render(<Stub />)
}

describe("provenance facts", () => {
  it("shows what the record knows and folds the unknown into one line", async () => {
    const { container } = renderFacts()
    expect(await screen.findByText("Hạng sao")).toBeTruthy()
    expect(screen.getByText("Năm công nhận")).toBeTruthy()
    expect(screen.getByText("Cấp công nhận")).toBeTruthy()
    // No row stands empty for a missing fact…
    expect(screen.queryByText("Điểm đánh giá")).toBeNull()
    expect(screen.queryByText("Cơ quan công nhận")).toBeNull()
    expect(container.textContent).not.toMatch(/chưa ghi nhận[^:]/)
    // …they are named once, together.
    const line = screen.getByText(/^Hồ sơ công bố chưa ghi nhận:/)
    expect(line.textContent).toBe(
      "Hồ sơ công bố chưa ghi nhận: điểm đánh giá, quyết định công nhận, cơ quan công nhận, hiệu lực đến."
    )
    expect(container.textContent?.match(/chưa ghi nhận/g)).toHaveLength(1)
  })

  it("says the same in English", async () => {
    renderFacts(sparse, "en")
    expect(
      (await screen.findByText(/^Not in the published record:/)).textContent
    ).toBe("Not in the published record: evaluation score, recognition decision, issued by, valid until.")
  })

  it("has no such line when the record is complete", async () => {
    const { container } = renderFacts(ocopProduct())
    expect(await screen.findByText("Điểm đánh giá")).toBeTruthy()
    expect(container.textContent).not.toContain("chưa ghi nhận")
  })
})
