import { sdk } from "../medusa.server"
import type { OcopSalesPoint, StoreOcopSalesPointsResponse } from "../ocop-types"

export type { OcopSalesPoint, OcopSalesPointAvailability } from "../ocop-types"

/** GET /store/ocop/sales-points: every OCOP sales point, by province then name. */
export async function listSalesPoints(): Promise<OcopSalesPoint[]> {
  const { sales_points } = await sdk.client.fetch<StoreOcopSalesPointsResponse>(
    "/store/ocop/sales-points"
  )
  return sales_points
}
