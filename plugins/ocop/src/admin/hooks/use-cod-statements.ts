import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type CodOutcome = "exact" | "short" | "over" | "unknown" | "duplicate"

export type CodRemittance = {
  id: string
  carrier: "ghn" | "ghtk"
  statement_ref: string
  tracking_code: string
  order_id: string | null
  amount: number
  expected: number | null
  outcome: CodOutcome
  created_at: string
  /** The line of the uploaded file (CSV imports only). */
  line?: number
}

export type CodStatementImport = {
  remittances: CodRemittance[]
  summary: Record<CodOutcome, number>
}

/** POST /admin/ocop/cod-statements/csv: the carrier's CSV export, parsed on the server. */
export function useImportCodStatementCsv() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { carrier: "ghn" | "ghtk"; statement_ref: string; csv: string }) =>
      sdk.client.fetch<CodStatementImport>("/admin/ocop/cod-statements/csv", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop", "cod-remittances"] }),
  })
}

/** GET /admin/ocop/cod-remittances: the mismatches still to look at (short, over, unknown, paid twice). */
export function useCodMismatches() {
  return useQuery({
    queryKey: ["ocop", "cod-remittances"],
    queryFn: () =>
      sdk.client.fetch<{ remittances: CodRemittance[]; count: number }>("/admin/ocop/cod-remittances", {
        query: { limit: 200 },
      }),
  })
}
