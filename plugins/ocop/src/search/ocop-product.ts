import {
  defineSearchIndex,
  graphConsume,
  graphSeed,
  search,
} from "@medusajs/framework/utils"
import {
  buildOcopProductDocuments,
  OCOP_PRODUCT_GRAPH_FIELDS,
  productIdsForEvent,
} from "./ocop-product-documents"
import {
  OCOP_PRODUCT_FALLBACK_INDEX,
  OCOP_PRODUCT_INDEX,
  OCOP_PRODUCT_INDEX_EVENTS,
  POSTGRES_SEARCH_PROVIDER,
} from "./ocop-product-index"

/**
 * The OCOP product search index. Weights follow what a shopper means first:
 * title (4, and its English name 3) > the diacritic-free copy of the product's
 * own names (2.5) > producer (2) > place (1.5) > description, labels and the
 * diacritic-free copy of places and labels (1). A set's label lists many kinds
 * of product ("… thịt, trứng, sữa, thủy sản, mật ong …"), so it must never weigh
 * like the product's own name. The Search Module fills the index on start, on
 * `reindex` and from the events below.
 */
export const ocopProductSearchFields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  title: search.text().searchable({ weight: 4 }),
  title_en: search.text().searchable({ weight: 3 }),
  producer_name: search.text().searchable({ weight: 2 }),
  places: search.text().array().searchable({ weight: 1.5 }),
  description: search.text().searchable({ weight: 1 }),
  labels: search.text().array().searchable({ weight: 1 }),
  // Folded copies: let PostgreSQL's trigram typo matching, and Meilisearch, compare
  // a query typed without diacritics; not returned. The product's own names
  // (title, English title, producer) rank above its places and labels.
  folded_names: search.text().searchable({ weight: 2.5 }).retrievable(false),
  folded: search.text().searchable({ weight: 1 }).retrievable(false),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  stars: search.integer().filterable().sortable().facetable({ types: ["value"] }),
  is_ocop: search.boolean().filterable().facetable(),
  certification_status: search.keyword().filterable().facetable(),
  // Shown on an expired certificate's card ("đã đạt 4 sao năm 2021"), not searched.
  recognized_year: search.integer(),
  valid_until: search.keyword(),
  province_code: search.keyword().filterable().facetable(),
  province_name: search.keyword(),
  commune_code: search.keyword().filterable().facetable(),
  commune_name: search.keyword(),
  category_set: search.keyword().filterable().facetable(),
  category_sector: search.integer().filterable().facetable({ types: ["value"] }),
  producer_id: search.keyword().filterable().facetable(),
  producer_handle: search.keyword().filterable(),
  price_vnd: search
    .integer()
    .filterable()
    .sortable()
    .facetable({ types: ["range", "stats"] }),
  in_stock: search.boolean().filterable().facetable(),
  stock_location_ids: search.keyword().array().filterable().facetable(),
  thumbnail: search.keyword(),
  created_at: search.date().sortable(),
})

const source = {
  entity: "product",
  fields: OCOP_PRODUCT_GRAPH_FIELDS,
  transform: (rows: any[], context: any) =>
    buildOcopProductDocuments(context.container.query, rows),
}

function ocopProductIndex(name: string, provider?: string) {
  return defineSearchIndex({
    name,
    entity: "product",
    ...(provider ? { provider } : {}),
    fields: ocopProductSearchFields,
    settings: { typo_tolerance: { enabled: true } },
    events: OCOP_PRODUCT_INDEX_EVENTS,
    seed: graphSeed(source),
    consume: graphConsume({
      ...source,
      resolve_ids: (event, context) =>
        productIdsForEvent(context.container.query, event),
      // Only a deleted product leaves the index by id; a deleted certificate or
      // producer changes the product's document, which is re-read (and left out
      // when the product has no current certificate any more).
      is_delete: (event) => event.name === "product.deleted",
    }),
  })
}

export const ocopProductSearchIndex = ocopProductIndex(OCOP_PRODUCT_INDEX)

// With Meilisearch as the default provider, PostgreSQL keeps a mirror that
// search falls back to when Meilisearch is unreachable.
export const ocopProductFallbackSearchIndex = process.env.MEILISEARCH_HOST
  ? ocopProductIndex(OCOP_PRODUCT_FALLBACK_INDEX, POSTGRES_SEARCH_PROVIDER)
  : undefined
