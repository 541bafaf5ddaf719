import type { LoaderFunctionArgs } from "@remix-run/node"
import { getProducerStatement } from "~/lib/data/producer-statements.server"
import { invariantResponse } from "~/lib/invariant"
import { withProducerToken } from "~/lib/producer-session.server"
import { statementCsv, statementCsvName } from "~/lib/statement-csv"

/** The statement as a CSV download (UTF-8 with BOM, so Excel shows Vietnamese right). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const statement = await withProducerToken(request, (token) => getProducerStatement(token, params.id ?? ""))
  invariantResponse(statement, "Not found", { status: 404 })
  return new Response(statementCsv(statement), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${statementCsvName(statement)}"`,
      "cache-control": "private, no-store",
    },
  })
}
