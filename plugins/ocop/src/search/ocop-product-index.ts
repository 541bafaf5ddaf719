/** The name `query.search({ entity })` and `POST /store/search` use for OCOP products. */
export const OCOP_PRODUCT_INDEX = "ocop_product"
/** The Search Module's PostgreSQL provider (the default, and the mirror's). */
export const POSTGRES_SEARCH_PROVIDER = "search-postgres"
/** The PostgreSQL mirror searched when Meilisearch is configured but unreachable. */
export const OCOP_PRODUCT_FALLBACK_INDEX = "ocop_product_pg"

/** Everything that changes an OCOP product's document. */
export const OCOP_PRODUCT_INDEX_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "ocop.certification.attached",
  "ocop.certification.approved",
  "ocop.certification.updated",
  "ocop.certification.revoked",
  "ocop.certification.expired",
  "ocop.certification.deleted",
  "ocop.producer.updated",
  "ocop.producer.deleted",
  "ocop.product_producer.set",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "inventory-item.updated",
  "reservation-item.created",
  "reservation-item.updated",
  "reservation-item.deleted",
]
