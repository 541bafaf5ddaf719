import type { LoaderFunctionArgs } from "@remix-run/node"
import { ledgerFilters } from "~/components/sales-point/ledger-filters"
import { movementsCsv } from "~/lib/data/sales-point-api.server"
import { withStaffToken } from "~/lib/staff-session.server"

/** The filtered ledger as the API's CSV download; the token stays on the server. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { filters } = ledgerFilters(new URL(request.url).searchParams)
  const res = await withStaffToken(request, (token) => movementsCsv(token, params.pointId!, filters))
  if (!res.ok) throw new Response(res.status === 404 ? "Not found" : "The ledger could not be exported", { status: res.status === 404 ? 404 : 502 })
  return new Response(res.body, {
    status: 200,
    headers: {
      "content-type": res.headers.get("content-type") ?? "text/csv; charset=utf-8",
      "content-disposition": res.headers.get("content-disposition") ?? 'attachment; filename="so-kho.csv"',
      "cache-control": "private, no-store",
    },
  })
}
