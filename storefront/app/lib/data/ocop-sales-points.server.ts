import type { Locale } from "../i18n"
import { localeHeaders, sdk } from "../medusa.server"
import type { OcopSalesPoint, StoreOcopSalesPointsResponse } from "../ocop-types"

export type { OcopSalesPoint, OcopSalesPointAvailability } from "../ocop-types"

/** GET /store/ocop/sales-points: every OCOP sales point, by province then name. */
export async function listSalesPoints(locale: Locale): Promise<OcopSalesPoint[]> {
  const { sales_points } = await sdk.client.fetch<StoreOcopSalesPointsResponse>(
    "/store/ocop/sales-points",
    { headers: localeHeaders(locale) }
  )
  return sales_points
}
