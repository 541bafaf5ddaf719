/** An English count with its noun ("1 product", "15 products"); Vietnamese needs none. */
export const plural = (one: string, many: string) => (p: Record<string, string | number>) =>
  `${p.count} ${Number(p.count) === 1 ? one : many}`
