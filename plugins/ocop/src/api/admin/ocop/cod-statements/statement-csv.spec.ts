import { parseDong, parseStatementCsv } from "./statement-csv"

describe("parseStatementCsv", () => {
  it("reads GHN-style Vietnamese headers with a BOM and semicolons, amounts with thousands dots", () => {
    const csv = "\uFEFFSTT;Mã vận đơn;Người nhận;Tiền thu hộ (COD)\n1;LKV6QF;Trần Minh;81.300\n2;LKV6QG;Lê Hai;\"120.000 đ\"\n"
    expect(parseStatementCsv(csv)).toEqual({
      ok: true,
      lines: [
        { tracking_code: "LKV6QF", amount: 81300, line: 2 },
        { tracking_code: "LKV6QG", amount: 120000, line: 3 },
      ],
    })
  })

  it("reads the API's own column names and skips blank rows", () => {
    const result = parseStatementCsv("tracking_code,amount\nS1.A1.17373471,272000\n,\n\nS1.A1.17373472,\"1,234,000\"\n")
    expect(result).toEqual({
      ok: true,
      lines: [
        { tracking_code: "S1.A1.17373471", amount: 272000, line: 2 },
        { tracking_code: "S1.A1.17373472", amount: 1234000, line: 5 },
      ],
    })
  })

  it("names the line and column of an amount that is not whole đồng", () => {
    const result = parseStatementCsv("Mã đơn hàng,Tiền COD\nLKV6QF,81300\nLKV6QG,1000.5\n")
    expect(result).toEqual({ ok: false, message: 'csv line 3, column "Tiền COD": "1000.5" is not an amount in whole đồng' })
  })

  it("names the missing column and what it found", () => {
    const result = parseStatementCsv("Mã vận đơn,Phí ship\nLKV6QF,30000\n")
    expect(result.ok).toBe(false)
    expect((result as { message: string }).message).toMatch(/^csv line 1: no column for the cash paid .*found "Mã vận đơn", "Phí ship"$/)
  })

  it("refuses a total row with an amount but no code, a ragged row, a binary file and an empty one", () => {
    expect(parseStatementCsv("Mã vận đơn,Tiền thu hộ\nLKV6QF,81300\nTổng cộng,\n")).toEqual({
      ok: false,
      message: 'csv line 3, column "Tiền thu hộ": no amount for parcel Tổng cộng (remove total rows before importing)',
    })
    expect(parseStatementCsv("Mã vận đơn,Tiền thu hộ\nLKV6QF,81300\n,81300\n")).toEqual({
      ok: false,
      message: 'csv line 3, column "Mã vận đơn": no parcel code for an amount of 81300 (remove total rows before importing)',
    })
    expect((parseStatementCsv("Mã vận đơn,Tiền thu hộ\nLKV6QF,81300,x\n") as { message: string }).message).toMatch(/^csv line 2: /)
    expect(parseStatementCsv("PK\u0003\u0004\u0000\u0000")).toEqual({ ok: false, message: "csv: the file is not text (export the statement as CSV)" })
    expect(parseStatementCsv("")).toEqual({ ok: false, message: "csv: the file is empty" })
  })
})

describe("parseDong", () => {
  it("takes whole đồng in the ways exports write them, and nothing else", () => {
    expect(["272000", "272.000", "272,000", "272.000 ₫", "1.234.000đ", "0"].map(parseDong)).toEqual([
      272000, 272000, 272000, 272000, 1234000, 0,
    ])
    expect(["1000.5", "1.234,50", "-5000", "12.34", "abc", "", "1.2345"].map(parseDong)).toEqual([
      null, null, null, null, null, null, null,
    ])
  })
})
