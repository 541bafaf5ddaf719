// Shapes of the OCOP plugin's store API (/store/ocop/*), exported for the storefront
// (`@ocop-market/medusa-plugin-ocop/types`). Dates are ISO strings.

export type CertificateStatus = "active" | "expired" | "revoked" | "superseded"
export type IssuingLevel = "district" | "province" | "central"
export type ProducerType = "household_business" | "cooperative" | "cooperative_group" | "enterprise"

export type OcopCategory = { set: string | null; sector: number | null; name: string | null }

export type OcopCertificateSummary = {
  certification_id: string
  stars: number
  score: number | null
  status: "active" | "expired"
  category: OcopCategory
  decision_number: string | null
  decision_date: string | null
  recognized_year: number | null
  issuing_body: string | null
  issuing_level: IssuingLevel | null
  legal_framework: string | null
  valid_from: string | null
  valid_until: string | null
}

export type OcopOrigin = {
  commune_code: string | null
  commune_name: string | null
  province_code: string
  province_name: string
  address_as_certified: string | null
  note: string | null
}

export type OcopProducerSummary = { id: string; handle: string; name: string; type: ProducerType | null }

/** The mean of a product's published reviews (one decimal) and how many there are. */
export type OcopProductRating = { average: number | null; count: number }

export type OcopProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  price_vnd: number | null
  is_ocop: boolean
  ocop: OcopCertificateSummary
  producer: OcopProducerSummary | null
  origin: OcopOrigin
  rating: OcopProductRating
  /** Units sold through placed, not cancelled, orders ("Đã bán N"). */
  sold: number
}

export type OcopCertificate = Omit<OcopCertificateSummary, "certification_id" | "status"> & {
  id: string
  status: CertificateStatus
  status_reason: string | null
  evaluation_type: string | null
  certificate_number: string | null
  certificate_scan_url: string | null
}

export type OcopVariant = {
  id: string
  title: string
  sku: string | null
  weight_g: number | null
  options: { option: string; value: string }[]
  price_vnd: number | null
  /** Whether the cart accepts it now in this sales channel. */
  in_stock: boolean
}

/** What the shop says beside the price, from the product's metadata. */
export type OcopShopFacts = {
  age_restricted: boolean
  vat_rate: number | null
  prices_illustrative: boolean
}

export type OcopProductDetail = OcopProduct & {
  description: string | null
  /**
   * The Vietnamese title, the name on the certificate: the same as `title` unless the
   * request asked for a language (x-medusa-locale) the product is translated into.
   */
  original_title: string
  title_en: string | null
  description_en: string | null
  images: { id: string; url: string }[]
  options: { id: string; title: string; values: { id: string; value: string }[] }[]
  variants: OcopVariant[]
  certification_history: OcopCertificate[]
  shop: OcopShopFacts
  /** The sales points that have it now; null when they could not be read. */
  sales_points: OcopSalesPointAvailability[] | null
  /** The latest published reviews, newest first (the count is in `rating`). */
  reviews: OcopProductReview[]
  /**
   * With `?related=N`: up to N products per rail (same producer, same OCOP set,
   * same province), each product on one rail only; null when not asked for.
   */
  related: OcopRelatedProducts | null
  metadata?: Record<string, unknown> | null
}

export type OcopRelatedProducts = {
  producer: OcopProduct[]
  category: OcopProduct[]
  province: OcopProduct[]
}

export type Facet = { value: string | number; label: string; count: number }

export type OcopProductList = {
  products: OcopProduct[]
  count: number
  limit: number
  offset: number
  facets: { stars: Facet[]; province: Facet[]; category: Facet[]; producer: Facet[] }
}

export type FormerUnit = {
  old_code: string
  old_name: string
  merge: string
  old_district_name: string | null
  old_province_name: string | null
}

export type Province = { code: string; name: string; type: string }

export type Commune = {
  code: string
  name: string
  type: string
  province: { code: string; name: string }
  former_units: FormerUnit[]
}

export type OcopProducer = {
  id: string
  handle: string
  name: string
  type: ProducerType | null
  address: string | null
  commune_code: string | null
  province_code: string | null
  website: string | null
  story: string | null
  commune: Commune | null
  province: { code: string; name: string } | null
  products: OcopProduct[]
}

// GET /store/ocop/search: search documents, not full listings.
export type OcopSearchFacet<V> = { value: V; label: string; count: number }
export type OcopSearchHit = {
  id: string
  handle: string
  title: string
  title_en: string | null
  thumbnail: string | null
  price_vnd: number | null
  stars: number
  is_ocop: boolean
  /** The certificate the catalog shows: its status today, year and last valid day. */
  certification_status: "active" | "expired"
  recognized_year: number | null
  valid_until: string | null
  in_stock: boolean
  producer: { id: string; handle: string | null; name: string | null } | null
  origin: {
    commune_code: string | null
    commune_name: string | null
    province_code: string
    province_name: string | null
  }
}
/**
 * `exact` and `typo` are results (typo: found only with typo tolerance); `near` means
 * nothing matched and the products are near matches to suggest; `all` means no text.
 */
export type OcopSearchMatch = "exact" | "typo" | "near" | "all"
export type OcopSearchResult = {
  products: OcopSearchHit[]
  count: number
  /** "exact", "typo" (matched with typo tolerance) or "near" (no match: these are near matches). */
  match: OcopSearchMatch
  /** The corrected words searched instead of `q`, when PostgreSQL matched only after correcting typos. */
  corrected_q?: string
  facets: {
    stars: OcopSearchFacet<number>[]
    province: OcopSearchFacet<string>[]
    category: OcopSearchFacet<string>[]
    producer: OcopSearchFacet<string>[]
    in_stock: OcopSearchFacet<boolean>[]
  }
  /** Set when Meilisearch was unreachable and PostgreSQL answered instead. */
  degraded?: boolean
}
/** The body of GET /store/ocop/search. */
export type StoreOcopSearchResponse = OcopSearchResult & { limit: number; offset: number }

/** An OCOP sales point as GET /store/ocop/sales-points shows it. */
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
  /** Address, hours or phone are examples, not a public record. */
  is_illustrative: boolean
}

/** A point that has a product now: shoppers see "in stock" or "few left", never a count. */
export type OcopSalesPointAvailability = OcopSalesPoint & {
  availability: "in_stock" | "few_left"
}

/** The body of GET /store/ocop/sales-points (with `product_id`, each point has `availability`). */
export type StoreOcopSalesPointsResponse<P = OcopSalesPoint> = {
  sales_points: P[]
  count: number
}

// GET /store/ocop/experiences and /store/ocop/experiences/:handle (sector 6 tours).
export type OcopExperienceDate = {
  date: string
  variant_id: string
  seats_left: number
}

export type OcopExperience = {
  id: string
  product_id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  duration_minutes: number
  start_time: string | null
  meeting_point: string
  commune: { code: string; name: string | null; province: { code: string; name: string } | null }
  languages: string[]
  included: string[]
  cancellation_terms: string | null
  capacity_per_date: number
  /** Đồng per person. */
  adult_price: number
  child_price: number | null
  child_max_age: number | null
  weekdays: number[]
  /** Prices, capacities and schedules are examples, not the host's. */
  is_illustrative: boolean
  /** The current OCOP certificate (sector 6), or null when it has none. */
  certificate: { stars: number; decision_number: string | null; issuing_body: string | null; valid_until: string | null } | null
  host: { handle: string; name: string } | null
  next_date: string | null
}

export type OcopExperienceSummary = OcopExperience & { dates_bookable: number }
export type OcopExperienceDetail = OcopExperience & { dates: OcopExperienceDate[] }

/** An experience booked in an order (GET /store/ocop/orders/:id/bookings). */
export type OcopOrderBooking = {
  reference: string
  experience_title: string
  experience_handle: string
  date: string
  guests: number
  meeting_point: string
  lead_name: string
  lead_phone?: string
  status: "booked" | "attended" | "cancelled"
}

/**
 * One line a location lacks, in a 400 whose `code` is "ocop_out_of_stock" (a checkout
 * whose pickup point or warehouse ran short, a counter sale, a transfer):
 * `{ code, type, message, shortfalls }`. `expired` counts units held in expired lots,
 * which a sales point cannot sell.
 */
export type OcopStockShortfall = {
  /** Null for an inventory item moved without a pack (e.g. a transfer by item). */
  variant_id: string | null
  location_id: string
  available: number
  needed: number
  expired: number
}

/**
 * GET /store/ocop/carts/:id/shipments: the cart's shipments (one per shipping profile
 * of its shipped lines: one per producer), each needing one shipping option of its
 * `shipping_profile_id`; `shipping_option_id` is the one chosen so far.
 */
export type OcopCartShipments = {
  shipments: {
    shipping_profile_id: string
    producer: { id: string; handle: string; name: string } | null
    line_ids: string[]
    shipping_option_id: string | null
    /**
     * Pickup points (their stock location) that lack some of this shipment's lines today,
     * and which lines: completing with such a pickup is refused ("out of stock at …").
     */
    short_at_pickups: { location_id: string; line_ids: string[] }[]
  }[]
}

/** GET /store/ocop/orders/:id/shipments: where each parcel of an order is. */
export type OcopOrderShipmentStatus = "packed" | "shipped" | "delivered"
/** A carrier's report on a parcel, in our words (GHN and GHTK statuses mapped). */
export type OcopParcelEventStatus =
  | "created"
  | "picked_up"
  | "in_transit"
  | "delivery_failed"
  | "delivered"
  | "returning"
  | "returned"
  | "cancelled"
  | "lost"
export type OcopParcelEvent = {
  status: OcopParcelEventStatus
  /** The carrier's own status code, e.g. GHN "delivering", GHTK "4". */
  carrier_status: string
  /** When the carrier says it happened (ISO 8601). */
  occurred_at: string
  /** The carrier's reason, e.g. why a delivery failed. */
  reason: string | null
}
export type OcopOrderShipments = {
  // Lines (and how many of each) not packed yet: "chờ đóng gói".
  awaiting: { line_id: string; quantity: number }[]
  shipments: {
    id: string
    status: OcopOrderShipmentStatus
    packed_at: string | null
    shipped_at: string | null
    delivered_at: string | null
    carrier: string | null
    tracking_number: string | null
    tracking_url: string | null
    lines: { line_id: string; quantity: number }[]
    /** The carrier's reports (GHN, GHTK), oldest first; empty for a hand-shipped parcel. */
    events: OcopParcelEvent[]
  }[]
}

// Reviews (issue 20): what the shop shows of a buyer's review.
export type OcopProductReview = {
  id: string
  product_id: string
  rating: number
  body: string
  photos: string[]
  /** "Lan N."; null when the buyer gave no name. */
  author_name: string | null
  created_at: string
  /** The producer's public answer. */
  reply: string | null
  replied_at: string | null
}

// GET /store/ocop/orders/:id/reviews (the signed-in buyer's own order).
export type OcopOrderLineReviewStatus = "reviewable" | "reviewed" | "not_delivered"
export type OcopOrderReviews = {
  lines: {
    line_item_id: string
    product_id: string
    status: OcopOrderLineReviewStatus
    review: OcopProductReview | null
  }[]
}

// GET /store/ocop/free-shipping: the goods total from which delivery is free, or null.
export type OcopFreeShipping = { threshold_vnd: number | null }

/** One of the shop's policy pages (GET /store/ocop/shop-pages/:slug): plain text, never HTML. */
export type OcopShopPage = {
  slug: string
  title: string
  /** Paragraphs split by a blank line; "- " starts a list item, "## " a heading. */
  body: string
  updated_at: string
}

// Wishlists (issue 20). GET /store/ocop/wishlist: the signed-in shopper's own list, the
// latest added first; `products` holds those still on sale, as catalog cards.
export type OcopWishlist = { product_ids: string[]; products: OcopProduct[] }
// GET /store/ocop/wishlist/ids, POST /store/ocop/wishlist/items, /merge and DELETE /store/ocop/wishlist/items/:product_id.
export type OcopWishlistIds = { product_ids: string[] }
