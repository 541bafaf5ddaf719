import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
// The API's own type; a type-only import is erased from the admin bundle.
import type { OcopDashboard } from "../../queries/ocop-dashboard"

/** The programme figures from GET /admin/ocop/dashboard. */
export function useOcopDashboard() {
  return useQuery({
    queryKey: ["ocop", "dashboard"],
    queryFn: () =>
      sdk.client.fetch<{ dashboard: OcopDashboard }>("/admin/ocop/dashboard"),
  })
}
