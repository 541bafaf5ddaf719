import type { ProducerListing, ProducerOrder, ReviewStatus } from "~/lib/data/producer-api.server"

const DAY_MS = 24 * 60 * 60 * 1000
const REVIEW_ORDER: ReviewStatus[] = ["pending_review", "rejected", "not_submitted", "active", "expired", "revoked", "superseded"]

/** How many listings are in each review state, in the order a producer acts on them. */
export function countByReview(listings: ProducerListing[]) {
  const counts = new Map<ReviewStatus, number>()
  for (const l of listings) counts.set(l.review.status, (counts.get(l.review.status) ?? 0) + 1)
  return REVIEW_ORDER.filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status)! }))
}

/** Current, active certificates whose validity ends within `days` of `today`, soonest first. */
export function expiringCertificates(listings: ProducerListing[], today: Date, days = 90) {
  const limit = today.getTime() + days * DAY_MS
  return listings
    .flatMap((l) => {
      const c = l.current_certification
      if (!c || c.status !== "active" || !c.valid_until) return []
      const end = new Date(c.valid_until).getTime()
      return end >= today.getTime() - DAY_MS && end <= limit
        ? [{ product_id: l.id, title: l.title, stars: c.stars, valid_until: c.valid_until }]
        : []
    })
    .sort((a, b) => a.valid_until.localeCompare(b.valid_until))
}

/** The newest order lines of the producer's products. */
export function recentOrderLines(orders: ProducerOrder[], limit = 5) {
  return orders
    .flatMap((o) => o.lines.map((line) => ({ ...line, order_id: o.id, display_id: o.display_id, created_at: o.created_at })))
    .slice(0, limit)
}
