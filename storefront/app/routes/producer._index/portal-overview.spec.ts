import { describe, expect, it } from "vitest"
import type { ProducerCertification, ProducerListing } from "~/lib/data/producer-api.server"
import { countByReview, expiringCertificates } from "./portal-overview"

function cert(overrides: Partial<ProducerCertification> = {}): ProducerCertification {
  return {
    id: "cert_1",
    stars: 4,
    score: 78,
    category_set: "08",
    decision_number: "123/QĐ-UBND",
    decision_date: "2024-01-10",
    issuing_body: null,
    issuing_level: "province",
    valid_from: "2024-01-10",
    valid_until: "2027-01-10",
    status: "active",
    status_reason: null,
    certificate_scan_url: null,
    created_at: "2024-01-11T00:00:00Z",
    ...overrides,
  }
}

function listing(id: string, overrides: Partial<ProducerListing> = {}): ProducerListing {
  return {
    id,
    title: `Sản phẩm ${id}`,
    handle: id,
    description: null,
    status: "draft",
    thumbnail: null,
    images: [],
    weight: null,
    category_set: "08",
    variants: [],
    current_certification: null,
    review: { certification_id: null, status: "not_submitted", reason: null },
    certifications: [],
    created_at: "2026-11-01T00:00:00Z",
    ...overrides,
  }
}

describe("countByReview", () => {
  it("counts listings per review state, the ones waiting for the office first", () => {
    const listings = [
      listing("a", { review: { certification_id: "c1", status: "active", reason: null } }),
      listing("b", { review: { certification_id: "c2", status: "pending_review", reason: null } }),
      listing("c", { review: { certification_id: "c3", status: "pending_review", reason: null } }),
      listing("d"),
    ]
    expect(countByReview(listings)).toEqual([
      { status: "pending_review", count: 2 },
      { status: "not_submitted", count: 1 },
      { status: "active", count: 1 },
    ])
  })
})

describe("expiringCertificates", () => {
  const today = new Date("2026-11-27T03:00:00Z")

  it("lists active certificates ending within 90 days, soonest first, and nothing later or already expired", () => {
    const listings = [
      listing("later", { current_certification: cert({ valid_until: "2027-03-01" }) }),
      listing("soon", { current_certification: cert({ valid_until: "2026-12-10" }) }),
      listing("sooner", { current_certification: cert({ valid_until: "2026-12-01", stars: 3 }) }),
      listing("expired", { current_certification: cert({ valid_until: "2026-10-01", status: "expired" }) }),
    ]
    expect(expiringCertificates(listings, today).map((c) => c.product_id)).toEqual(["sooner", "soon"])
  })
})
