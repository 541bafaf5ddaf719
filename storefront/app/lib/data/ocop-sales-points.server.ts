import { sdk } from "../medusa.server"
import type {
  OcopSalesPoint,
  OcopSalesPointAvailability,
  StoreOcopSalesPointsResponse,
} from "../ocop-types"

export type { OcopSalesPoint, OcopSalesPointAvailability } from "../ocop-types"

/** GET /store/ocop/sales-points: every OCOP sales point, by province then name. */
export async function listSalesPoints(): Promise<OcopSalesPoint[]> {
  const { sales_points } = await sdk.client.fetch<StoreOcopSalesPointsResponse>(
    "/store/ocop/sales-points"
  )
  return sales_points
}

/** The sales points that have this product now ("in stock" or "few left", never a count). */
export async function listProductSalesPoints(
  productId: string
): Promise<OcopSalesPointAvailability[]> {
  const { sales_points } = await sdk.client.fetch<
    StoreOcopSalesPointsResponse<OcopSalesPointAvailability>
  >("/store/ocop/sales-points", { query: { product_id: productId } })
  return sales_points
}
