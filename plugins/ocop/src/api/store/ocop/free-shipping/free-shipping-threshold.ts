/** What the threshold rule needs of a promotion, as query.graph returns it. */
export type PromotionForThreshold = {
  code?: string | null
  status?: string | null
  is_automatic?: boolean | null
  application_method?: {
    type?: string | null
    target_type?: string | null
    value?: number | string | null
  } | null
  rules?: { attribute?: string | null; operator?: string | null; values?: { value?: string | null }[] | null }[] | null
  campaign?: { starts_at?: string | Date | null; ends_at?: string | Date | null } | null
}

// The cart context fields Medusa's promotion rules can compare the goods against.
const GOODS_TOTALS = new Set(["item_total", "subtotal", "item_subtotal"])

/**
 * The smallest amount of goods (whole đồng) from which an active automatic promotion
 * makes delivery free: one that takes 100% off shipping methods, whose rule asks the
 * goods total to reach a value, in a campaign running now (or none). Null when no such
 * promotion runs: the cart then says nothing about free delivery.
 */
export function freeShippingThreshold(
  promotions: PromotionForThreshold[],
  now: Date
): { threshold_vnd: number; code: string | null } | null {
  let best: { threshold_vnd: number; code: string | null } | null = null
  for (const p of promotions) {
    const method = p.application_method
    if (p.status !== "active" || !p.is_automatic || !method) continue
    if (method.target_type !== "shipping_methods" || method.type !== "percentage") continue
    if (Number(method.value) < 100) continue
    const starts = p.campaign?.starts_at ? new Date(p.campaign.starts_at) : null
    const ends = p.campaign?.ends_at ? new Date(p.campaign.ends_at) : null
    if ((starts && starts > now) || (ends && ends < now)) continue
    const rule = (p.rules ?? []).find(
      (r) => r?.attribute && GOODS_TOTALS.has(r.attribute) && (r.operator === "gte" || r.operator === "gt")
    )
    const value = Number(rule?.values?.[0]?.value)
    if (!rule || !Number.isFinite(value) || value <= 0) continue
    // "gt 299999" and "gte 300000" mean the same to a shopper counting whole đồng.
    const threshold = Math.ceil(rule.operator === "gt" ? value + 1 : value)
    if (!best || threshold < best.threshold_vnd) best = { threshold_vnd: threshold, code: p.code ?? null }
  }
  return best
}
