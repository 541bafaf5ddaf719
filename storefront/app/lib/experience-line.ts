/**
 * The date and kind of a cart or order line that books an experience (the book API puts
 * them in the line's metadata), or null for goods.
 */
export function experienceLine(item: { metadata?: Record<string, unknown> | null }): { date: string; child: boolean } | null {
  const date = item.metadata?.ocop_experience_date
  if (typeof date !== "string") return null
  return { date, child: item.metadata?.ocop_guest_kind === "child" }
}
