/** Where a stock operation happens and who does it; routes resolve both from the token. */
export type SalesPointContext = {
  sales_point_id: string
  location_id: string
  staff: { id: string | null; email: string | null }
}
