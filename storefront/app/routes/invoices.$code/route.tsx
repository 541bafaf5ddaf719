import type { LoaderFunctionArgs } from "@remix-run/node"
import { getInvoicePage } from "~/lib/data/order-invoices.server"

/**
 * The printable invoice, by the lookup code on the order page and the counter receipt.
 * The backend renders it (the same page for every channel); this route only carries it
 * with the shop's publishable key, which a plain link cannot send.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const code = (params.code ?? "").toUpperCase()
  const page = /^[A-Z0-9]{10}$/.test(code) ? await getInvoicePage(code) : null
  if (!page) throw new Response("Không tìm thấy hóa đơn / Invoice not found", { status: 404 })
  return new Response(page, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "private, no-store",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  })
}
