/** How a variant is named in the staff's lists and in the API's out-of-stock message. */
export function variantLabel(row: { product_title: string; variant_title: string | null }): string {
  return row.variant_title ? `${row.product_title} (${row.variant_title})` : row.product_title
}
