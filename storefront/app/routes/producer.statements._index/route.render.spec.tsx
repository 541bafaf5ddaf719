// @vitest-environment happy-dom
import { json } from "@remix-run/node"
import { createRemixStub } from "@remix-run/testing"
import { render, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import type { ProducerStatement } from "~/lib/data/producer-statements.server"
import { LocaleContext } from "~/lib/i18n"
import ProducerStatementsRoute from "./route"


function statement(overrides: Partial<ProducerStatement> = {}): ProducerStatement {
  return {
    id: "ocst_1",
    // 1 November 2026, 00:00 in Vietnam.
    period_start: "2026-10-31T17:00:00.000Z",
    period_end: "2026-11-30T17:00:00.000Z",
    status: "paid",
    gross_online: 190_000,
    gross_counter: 285_000,
    refunds: 12_345,
    commission_rate_bp: 500,
    commission: 23_133,
    fees: 0,
    net_payable: 439_522,
    paid_at: "2026-12-03T02:00:00.000Z",
    transfer_reference: "FT26337000123",
    ...overrides,
  }
}

// happy-dom drops Cookie headers: the loader is tested in route.spec.ts.
const loaded = async (statements: ProducerStatement[]) => ({ locale: "vi", statements })

function renderPage(data: unknown) {
  const Stub = createRemixStub([{ path: "/producer/statements", Component: ProducerStatementsRoute, loader: () => json(data) }])
  return render(
    <LocaleContext.Provider value="vi">
      <Stub initialEntries={["/producer/statements"]} />
    </LocaleContext.Provider>
  )
}

describe("/producer/statements", () => {
  it("lists the producer's months with what it receives and whether it was paid", async () => {
    renderPage(await loaded([statement(), statement({ id: "ocst_0", period_start: "2026-09-30T17:00:00.000Z", status: "draft", net_payable: 50_000 })]))
    const rows = (await screen.findAllByRole("row")).slice(1)
    expect(within(rows[0]).getByRole("link", { name: "Xem bảng kê tháng 11/2026" }).getAttribute("href")).toBe("/producer/statements/ocst_1")
    expect(within(rows[0]).getByText("Đã thanh toán")).toBeTruthy()
    expect(within(rows[0]).getByText(/439\.522/)).toBeTruthy()
    expect(within(rows[1]).getByText("Chưa thanh toán")).toBeTruthy()
  })

  it("says when there is no statement yet", async () => {
    renderPage(await loaded([]))
    expect(await screen.findByText(/Chưa có bảng kê nào/)).toBeTruthy()
  })
})
