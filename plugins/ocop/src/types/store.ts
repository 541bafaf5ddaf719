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

export type OcopProductDetail = OcopProduct & {
  description: string | null
  title_en: string | null
  description_en: string | null
  images: { id: string; url: string }[]
  options: { id: string; title: string; values: { value: string }[] }[]
  variants: OcopVariant[]
  certification_history: OcopCertificate[]
  metadata?: Record<string, unknown> | null
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

/** GET /store/ocop/orders/:id/shipments: where each parcel of an order is. */
export type OcopOrderShipmentStatus = "packed" | "shipped" | "delivered"
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
  }[]
}
