import { describe, expect, it, vi } from "vitest"
import { producerCookie } from "~/components/producer/producer-test-session"
import type { ProducerStatement } from "~/lib/data/producer-statements.server"
import { loader } from "./route"

const api = vi.hoisted(() => ({ statement: null as unknown }))
vi.mock("~/lib/data/producer-statements.server", () => ({
  getProducerStatement: async (_token: string, id: string) => (id === "ocst_1" ? api.statement : null),
}))

const statement: ProducerStatement = {
  id: "ocst_1",
  period_start: "2026-10-31T17:00:00.000Z",
  period_end: "2026-11-30T17:00:00.000Z",
  status: "draft",
  gross_online: 190_000,
  gross_counter: 285_000,
  refunds: 12_345,
  commission_rate_bp: 500,
  commission: 23_133,
  fees: 0,
  net_payable: 439_522,
  paid_at: null,
  transfer_reference: null,
  lines: [
    { id: "l1", title: 'Mắm cá linh "đặc biệt", 500 g', channel: "online", quantity: 2, amount: 190_000, refunds: 0 },
    { id: "l2", title: "Mắm cá linh 500 g", channel: "counter", quantity: 3, amount: 285_000, refunds: 12_345 },
  ],
}

async function csv(id: string) {
  api.statement = statement
  const request = new Request(`http://shop.test/producer/statements/${id}/csv`, { headers: { cookie: await producerCookie() } })
  return loader({ request, params: { id }, context: {} }).catch((thrown) => thrown as Response)
}

describe("GET /producer/statements/:id/csv", () => {
  it("downloads the statement for Excel: UTF-8 with a BOM, Vietnamese headers, whole đồng", async () => {
    const response = await csv("ocst_1")
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8")
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="bang-ke-2026-11.csv"')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes.slice(3)).split("\r\n")
    expect(lines[0]).toBe("Tháng,Sản phẩm,Kênh,Số lượng,Doanh thu (đồng),Hoàn tiền (đồng)")
    expect(lines[1]).toBe('11/2026,"Mắm cá linh ""đặc biệt"", 500 g",Online,2,190000,0')
    expect(lines[2]).toBe("11/2026,Mắm cá linh 500 g,Tại điểm bán (ký gửi),3,285000,12345")
    expect(lines).toContain("11/2026,Thực nhận,439522")
  })

  it("answers 404 for a statement that is not the producer's", async () => {
    const response = await csv("ocst_other")
    expect(response.status).toBe(404)
  })
})
