const COLUMNS = [
  "created_at",
  "kind",
  "reason",
  "product_title",
  "variant_title",
  "variant_id",
  "inventory_item_id",
  "quantity",
  "quantity_before",
  "quantity_after",
  "staff_name",
  "staff_email",
  "order_display_id",
  "reference",
  "note",
] as const

function cell(value: unknown): string {
  if (value === null || value === undefined) return ""
  const text = value instanceof Date ? value.toISOString() : String(value)
  // Quote every field that could break the row, and defuse spreadsheet formulas.
  const safe =
    /^[=+\-@]/.test(text) && !/^-?\d+$/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The ledger as CSV (UTF-8 with BOM, so spreadsheet programs keep the diacritics). */
export function movementsCsv(rows: Record<string, unknown>[]): string {
  const lines = [
    COLUMNS.join(","),
    ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(",")),
  ]
  return `\uFEFF${lines.join("\r\n")}\r\n`
}
