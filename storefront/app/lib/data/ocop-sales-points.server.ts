import { sdk } from "../medusa.server"

export type OcopSalesPoint = {
  id: string
  handle: string
  name: string
  kind: "centre" | "point"
  address: string
  commune: { code: string; name: string | null }
  province: { code: string; name: string | null }
  opening_hours: string | null
  phone: string | null
  latitude: number | null
  longitude: number | null
  operator: string | null
  opened_on: string | null
  // Address, hours or phone are examples, not a public record.
  is_illustrative: boolean
}

export type OcopSalesPointAvailability = OcopSalesPoint & {
  availability: "in_stock" | "few_left"
}

/** GET /store/ocop/sales-points: every OCOP sales point, by province then name. */
export async function listSalesPoints(): Promise<OcopSalesPoint[]> {
  const { sales_points } = await sdk.client.fetch<{
    sales_points: OcopSalesPoint[]
  }>("/store/ocop/sales-points")
  return sales_points
}

/** The sales points that have this product now ("in stock" or "few left", never a count). */
export async function listProductSalesPoints(
  productId: string
): Promise<OcopSalesPointAvailability[]> {
  const { sales_points } = await sdk.client.fetch<{
    sales_points: OcopSalesPointAvailability[]
  }>("/store/ocop/sales-points", { query: { product_id: productId } })
  return sales_points
}
