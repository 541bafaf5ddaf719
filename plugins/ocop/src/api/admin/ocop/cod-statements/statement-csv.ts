import { parse } from "csv-parse/sync"

/** One line of a carrier's COD statement, with the line of the file it came from. */
export type StatementCsvLine = { tracking_code: string; amount: number; line: number }

export type StatementCsvResult =
  | { ok: true; lines: StatementCsvLine[] }
  | { ok: false; message: string }

/**
 * Headers (folded: no diacritics, lower case, single spaces) under which GHN's and
 * GHTK's exports, or a sheet the office made, hold the parcel's code and the cash paid.
 * Only these two columns are read; any other column is ignored.
 */
const CODE_HEADERS = [
  "tracking_code",
  "tracking code",
  "ma van don",
  "ma don hang",
  "ma don",
  "ma don ghn",
  "ma don ghtk",
  "ma vd",
  "order code",
  "order_code",
  "label",
]
const AMOUNT_HEADERS = [
  "amount",
  "cod",
  "cod amount",
  "tien cod",
  "tien thu ho",
  "thu ho",
  "so tien thu ho",
  "tien thu ho cod",
  "so tien cod",
  "tien cod da doi soat",
  "cod da doi soat",
]

/** "Mã vận đơn" → "ma van don", "Tiền thu hộ (COD)" → "tien thu ho cod". */
export function foldHeader(header: string) {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, " ")
    .trim()
}

/**
 * Whole đồng as exports write them: "272000", "272.000" or "272,000" (thousands
 * grouped by three), with or without "đ", "₫" or "VND". Anything else, decimals
 * included, is not an amount the shop can match.
 */
export function parseDong(text: string): number | null {
  const bare = text
    .replace(/\s+/g, "")
    .replace(/(₫|đ|vnd|vnđ)$/i, "")
  if (/^\d+$/.test(bare)) return Number(bare)
  // One kind of separator throughout: "1.234.000" or "1,234,000", never "1.234,50".
  if (/^\d{1,3}(\.\d{3})+$/.test(bare) || /^\d{1,3}(,\d{3})+$/.test(bare))
    return Number(bare.replace(/[.,]/g, ""))
  return null
}

const MAX_LINES = 5000

/**
 * A carrier's COD statement CSV (comma, semicolon or tab separated, UTF-8 with or
 * without a BOM, a header row first) as statement lines. Refuses, naming the line and
 * column, a file that is not text, has no code or amount column, a line with an
 * amount but no code, or an amount that is not whole đồng. Rows empty in both
 * columns (blank separators) are skipped.
 */
export function parseStatementCsv(csv: string): StatementCsvResult {
  if (csv.includes("\u0000"))
    return { ok: false, message: "csv: the file is not text (export the statement as CSV)" }
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(csv, {
      bom: true,
      delimiter: [",", ";", "\t"],
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[]
  } catch (error) {
    const line = (error as { lines?: number }).lines
    return {
      ok: false,
      message: `csv${line ? ` line ${line}` : ""}: ${(error as Error).message.replace(/^Invalid Record Length: /, "")}`,
    }
  }
  const [header, ...rows] = records
  if (!header) return { ok: false, message: "csv: the file is empty" }
  const folded = header.record.map(foldHeader)
  const codeAt = folded.findIndex((h) => CODE_HEADERS.includes(h))
  const amountAt = folded.findIndex((h) => AMOUNT_HEADERS.includes(h))
  if (codeAt < 0)
    return {
      ok: false,
      message: `csv line 1: no column for the parcel code (a header such as "Mã vận đơn", "Mã đơn hàng" or "tracking_code"); found ${header.record.map((h) => `"${h}"`).join(", ")}`,
    }
  if (amountAt < 0)
    return {
      ok: false,
      message: `csv line 1: no column for the cash paid (a header such as "Tiền thu hộ", "Tiền COD" or "amount"); found ${header.record.map((h) => `"${h}"`).join(", ")}`,
    }
  const codeColumn = header.record[codeAt]
  const amountColumn = header.record[amountAt]
  const lines: StatementCsvLine[] = []
  for (const { record, info } of rows) {
    const code = record[codeAt]?.trim() ?? ""
    const amountText = record[amountAt]?.trim() ?? ""
    if (!code && !amountText) continue
    if (!code)
      return {
        ok: false,
        message: `csv line ${info.lines}, column "${codeColumn}": no parcel code for an amount of ${amountText} (remove total rows before importing)`,
      }
    if (code.length > 100)
      return { ok: false, message: `csv line ${info.lines}, column "${codeColumn}": longer than 100 characters` }
    if (!amountText)
      return {
        ok: false,
        message: `csv line ${info.lines}, column "${amountColumn}": no amount for parcel ${code} (remove total rows before importing)`,
      }
    const amount = parseDong(amountText)
    if (amount === null)
      return {
        ok: false,
        message: `csv line ${info.lines}, column "${amountColumn}": "${amountText}" is not an amount in whole đồng`,
      }
    lines.push({ tracking_code: code, amount, line: info.lines })
    if (lines.length > MAX_LINES)
      return { ok: false, message: `csv: more than ${MAX_LINES} lines; import the statement in parts` }
  }
  if (!lines.length) return { ok: false, message: "csv: no statement lines under the header" }
  return { ok: true, lines }
}
