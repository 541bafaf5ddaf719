import type { ProducerStatement } from "./data/producer-statements.server"
import { statementMonth } from "./statement-period"

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
const BOM = "\uFEFF"

const CHANNEL = { online: "Online", counter: "Tại điểm bán (ký gửi)" } as const

function cell(value: string | number): string {
  const text = String(value)
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

const row = (values: (string | number)[]) => values.map(cell).join(",")

/**
 * A statement as CSV for Excel: one row per product and channel, then the totals,
 * amounts as whole đồng without separators so spreadsheets can add them up.
 */
export function statementCsv(statement: ProducerStatement): string {
  const month = statementMonth(statement.period_start)
  const lines = statement.lines ?? []
  const rows = [
    row(["Tháng", "Sản phẩm", "Kênh", "Số lượng", "Doanh thu (đồng)", "Hoàn tiền (đồng)"]),
    ...lines.map((l) => row([month, l.title, CHANNEL[l.channel], l.quantity, l.amount, l.refunds])),
    "",
    row(["Tháng", "Khoản", "Số tiền (đồng)"]),
    row([month, "Bán online", statement.gross_online]),
    row([month, "Bán tại điểm (ký gửi)", statement.gross_counter]),
    row([month, "Hoàn tiền, trả hàng", -statement.refunds]),
    row([month, `Hoa hồng (${statement.commission_rate_bp / 100} %)`, -statement.commission]),
    row([month, "Phí thu hộ", -statement.fees]),
    row([month, "Thực nhận", statement.net_payable]),
    row([month, "Trạng thái", statement.status === "paid" ? `Đã thanh toán (${statement.transfer_reference ?? ""})` : "Chưa thanh toán"]),
  ]
  return BOM + rows.join("\r\n") + "\r\n"
}

/** The download's file name: bang-ke-2026-11.csv. */
export function statementCsvName(statement: ProducerStatement): string {
  const [month, year] = statementMonth(statement.period_start).split("/")
  return `bang-ke-${year}-${month}.csv`
}
