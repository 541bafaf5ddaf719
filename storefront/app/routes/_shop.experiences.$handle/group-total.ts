/** What the group pays, in đồng. */
export function groupTotal(
  prices: { adult_price: number; child_price: number | null },
  group: { adults: number; children: number }
) {
  return prices.adult_price * group.adults + (prices.child_price ?? prices.adult_price) * group.children
}
