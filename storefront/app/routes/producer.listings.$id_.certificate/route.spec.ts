import { describe, expect, it } from "vitest"
import { producerCookie } from "~/components/producer/producer-test-session"
import { action } from "./route"

const valid = {
  decision_number: "1234/QĐ-UBND",
  decision_date: "2026-10-15",
  stars: "4",
  score: "78",
  issuing_level: "province",
  category_set: "08",
  origin_province_code: "92",
}

function post(fields: Record<string, string>, scan: File | null, cookie: string) {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  if (scan) body.append("scan", scan)
  return new Request("http://shop.test/producer/listings/prod_1/certificate", { method: "POST", body, headers: { cookie } })
}

describe("POST /producer/listings/:id/certificate", () => {
  it("asks for the scan and a star level before anything is uploaded or submitted", async () => {
    const { stars: _stars, ...withoutStars } = valid
    const request = post(withoutStars, null, await producerCookie())
    const response = await action({ request, params: { id: "prod_1" }, context: {} })
    expect(response.status).toBe(400)
    const { result } = await response.json()
    expect(result.error).toEqual({ stars: ["producerPortal.errors.stars"], scan: ["producerPortal.errors.scanRequired"] })
  })

  it("refuses a scan that is neither an image nor a PDF", async () => {
    const exe = new File([new Uint8Array([77, 90])], "giay-chung-nhan.exe", { type: "application/octet-stream" })
    const response = await action({ request: post(valid, exe, await producerCookie()), params: { id: "prod_1" }, context: {} })
    expect(response.status).toBe(400)
    const { result } = await response.json()
    expect(result.error).toEqual({ scan: ["producerPortal.errors.fileType"] })
  })

  it("refuses a score outside 0–100 and a date that is not a date", async () => {
    const png = new File([new Uint8Array([137, 80, 78, 71])], "scan.png", { type: "image/png" })
    const request = post({ ...valid, score: "120", decision_date: "15/10/2026" }, png, await producerCookie())
    const { result } = await (await action({ request, params: { id: "prod_1" }, context: {} })).json()
    expect(result.error).toEqual({ score: ["producerPortal.errors.score"], decision_date: ["producerPortal.errors.date"] })
  })
})
