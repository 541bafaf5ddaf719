import { vatRateLabel } from "../../../../../modules/invoice/rules/invoice-vat"
import { parseSInvoiceRef } from "../../../../../modules/invoice/providers/sinvoice/sinvoice-invoice"

type Line = { rank: number; title: string; quantity: number; unit_price: number; vat_rate: number | null; amount: number; vat_amount: number; total: number }
type Invoice = {
  kind: string; relation: string; status: string; provider: string; template: string; series: string
  number: number | null; lookup_code: string; provider_ref?: string | null; display_id: number | null; issued_at: Date | null
  buyer_name: string | null; buyer_tax_code: string | null; buyer_address: string | null; buyer_email: string | null
  subtotal: number; vat_total: number; total: number; amount_in_words: string; reason: string | null; lines: Line[]
}

const escape = (s: unknown) =>
  String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const dong = (n: number) => new Intl.NumberFormat("vi-VN").format(n)
const STATUS: Record<string, string> = {
  pending: "Đang chờ phát hành / Awaiting issue",
  failed: "Đang chờ phát hành / Awaiting issue",
  issuing: "Đang chờ phát hành / Awaiting issue",
  issued: "Đã phát hành / Issued",
  replaced: "Đã bị thay thế / Replaced",
  adjusted: "Đã bị điều chỉnh / Adjusted",
}

/**
 * The invoice as a printable page (Vietnamese first, English second). An invoice of
 * the local provider is marked, in the title and across the page, as having no value
 * with the tax authority: it is a record of the sale, not a registered e-invoice.
 */
export function renderInvoiceHtml(
  invoice: Invoice,
  replaced: Invoice | null,
  env: Record<string, string | undefined>
): string {
  const unregistered = invoice.provider === "local"
  const number = invoice.number === null ? "—" : String(invoice.number).padStart(8, "0")
  const lines = [...invoice.lines].sort((a, b) => a.rank - b.rank)
  // A registered provider's own number and lookup code, for the buyer to check the
  // invoice on the provider's portal (the tax authority's copy).
  const sinvoice = invoice.provider === "sinvoice" ? parseSInvoiceRef(invoice.provider_ref) : null
  const providerLookup = sinvoice
    ? `<p>Tra cứu tại Viettel S-Invoice / Look up at Viettel S-Invoice: số / no. <strong>${escape(sinvoice.invoice_no)}</strong>${sinvoice.reservation_code ? `, mã tra cứu / code <strong>${escape(sinvoice.reservation_code)}</strong>` : ""}</p>`
    : ""
  const notice = unregistered
    ? `<p class="notice" role="note"><strong>KHÔNG CÓ GIÁ TRỊ VỚI CƠ QUAN THUẾ</strong> — hóa đơn do cửa hàng tự lập, chưa đăng ký với cơ quan thuế.<br>Not registered with the tax authority: a record of the sale, not a tax invoice.</p>`
    : ""
  const decrease = invoice.total < 0
  const kindTitle =
    invoice.relation === "replacement"
      ? "HÓA ĐƠN GIÁ TRỊ GIA TĂNG (thay thế) / VAT invoice (replacement)"
      : invoice.relation === "adjustment"
        ? `HÓA ĐƠN GIÁ TRỊ GIA TĂNG (điều chỉnh ${decrease ? "giảm" : "tăng"}) / VAT invoice (adjustment, ${decrease ? "decrease" : "increase"})`
        : "HÓA ĐƠN GIÁ TRỊ GIA TĂNG / VAT invoice"
  const refNumber = replaced ? escape(String(replaced.number ?? "—").padStart(8, "0")) : ""
  const refDate = replaced?.issued_at ? escape(new Date(replaced.issued_at).toISOString().slice(0, 10)) : "—"
  const why = invoice.reason ? ` — lý do / reason: ${escape(invoice.reason)}` : ""
  // Decree 123 asks a correcting invoice to name the one it corrects: template, series, number, date.
  const reference = !replaced
    ? ""
    : invoice.relation === "adjustment"
      ? `<p class="reference">Điều chỉnh ${decrease ? "giảm" : "tăng"} cho hóa đơn Mẫu số ${escape(replaced.template)} ký hiệu ${escape(replaced.series)} số ${refNumber} ngày ${refDate}${why}<br>Adjusts invoice template ${escape(replaced.template)}, series ${escape(replaced.series)}, no. ${refNumber} of ${refDate}${decrease ? " (figures below are negative: a decrease)" : ""}</p>`
      : `<p class="reference">Thay thế cho hóa đơn Mẫu số ${escape(replaced.template)} ký hiệu ${escape(replaced.series)} số ${refNumber} ngày ${refDate}${why}<br>Replaces invoice template ${escape(replaced.template)}, series ${escape(replaced.series)}, no. ${refNumber} of ${refDate}</p>`
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${unregistered ? "[Không có giá trị với cơ quan thuế] " : ""}Hóa đơn ${escape(invoice.series)} số ${number}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;max-width:820px;margin:24px auto;padding:0 16px;color:#111}
h1{font-size:20px;text-align:center;margin:8px 0}
table{width:100%;border-collapse:collapse;margin:12px 0}th,td{border:1px solid #999;padding:4px 6px;text-align:left}
td.n,th.n{text-align:right}.notice{border:3px solid #b00;color:#b00;padding:8px;text-align:center}
.meta{display:flex;justify-content:space-between;gap:16px;flex-wrap:wrap}
${unregistered ? "body::before{content:'KHÔNG CÓ GIÁ TRỊ VỚI CƠ QUAN THUẾ';position:fixed;top:45%;left:0;right:0;text-align:center;font-size:40px;color:rgba(187,0,0,.12);transform:rotate(-20deg);pointer-events:none}" : ""}
</style></head><body>
${notice}
<h1>${kindTitle}</h1>
<div class="meta">
<p>Mẫu số / Template: <strong>${escape(invoice.template)}</strong><br>Ký hiệu / Series: <strong>${escape(invoice.series)}</strong><br>Số / No.: <strong>${number}</strong></p>
<p>Ngày / Date: ${invoice.issued_at ? escape(new Date(invoice.issued_at).toISOString().slice(0, 10)) : "—"}<br>Trạng thái / Status: ${escape(STATUS[invoice.status] ?? invoice.status)}<br>Mã tra cứu / Lookup code: <strong>${escape(invoice.lookup_code)}</strong></p>
</div>
${reference}
${providerLookup}
<p>Đơn vị bán hàng / Seller: <strong>${escape(env.OCOP_SELLER_NAME || "OCOP Market")}</strong><br>
Mã số thuế / Tax code: ${escape(env.OCOP_SELLER_TAX_CODE || "—")}<br>Địa chỉ / Address: ${escape(env.OCOP_SELLER_ADDRESS || "—")}</p>
<p>${invoice.kind === "company" ? "Đơn vị mua hàng / Buyer" : "Người mua hàng / Buyer"}: <strong>${escape(invoice.buyer_name || "Người mua không lấy hóa đơn / Retail customer")}</strong><br>
${invoice.buyer_tax_code ? `Mã số thuế / Tax code: ${escape(invoice.buyer_tax_code)}<br>` : ""}${invoice.buyer_address ? `Địa chỉ / Address: ${escape(invoice.buyer_address)}<br>` : ""}Đơn hàng / Order: #${escape(invoice.display_id ?? "")}</p>
<table><thead><tr><th>STT</th><th>Tên hàng hóa, dịch vụ / Item</th><th class="n">SL / Qty</th><th class="n">Đơn giá / Unit price</th><th class="n">Thành tiền chưa thuế / Amount</th><th class="n">Thuế suất / VAT</th><th class="n">Tiền thuế / VAT amount</th><th class="n">Cộng / Total</th></tr></thead>
<tbody>${lines
    .map(
      (l, i) =>
        `<tr><td>${i + 1}</td><td>${escape(l.title)}</td><td class="n">${l.quantity}</td><td class="n">${dong(l.unit_price)}</td><td class="n">${dong(l.amount)}</td><td class="n">${vatRateLabel(l.vat_rate)}</td><td class="n">${dong(l.vat_amount)}</td><td class="n">${dong(l.total)}</td></tr>`
    )
    .join("")}</tbody>
<tfoot><tr><td colspan="4">Cộng / Totals (đồng)</td><td class="n">${dong(invoice.subtotal)}</td><td></td><td class="n">${dong(invoice.vat_total)}</td><td class="n"><strong>${dong(invoice.total)}</strong></td></tr></tfoot></table>
<p>Số tiền viết bằng chữ / Amount in words: <strong>${escape(invoice.amount_in_words)}</strong></p>
${notice}
</body></html>`
}
