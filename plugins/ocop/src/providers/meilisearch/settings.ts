import type { SearchTypes } from "@medusajs/framework/types"

/** Words a Vietnamese shopper and an English one use for the same thing. */
export const VIETNAMESE_SYNONYMS: Record<string, string[]> = {
  sao: ["star", "stars"],
  star: ["sao"],
  stars: ["sao"],
  kho: ["dried", "dry"],
  "khô": ["dried", "dry"],
  dried: ["khô", "kho"],
  "mật ong": ["honey"],
  "mat ong": ["honey"],
  honey: ["mật ong"],
  "nước mắm": ["fish sauce"],
  "nuoc mam": ["fish sauce"],
  "fish sauce": ["nước mắm"],
  "gạo": ["rice"],
  gao: ["rice"],
  rice: ["gạo"],
  "đường": ["sugar"],
  duong: ["sugar"],
  sugar: ["đường"],
  "thốt nốt": ["palmyra", "palm"],
  "thot not": ["palmyra", "palm"],
  palmyra: ["thốt nốt"],
  "trà": ["tea"],
  tra: ["tea"],
  tea: ["trà"],
  "rượu": ["wine", "liquor"],
  ruou: ["wine", "liquor"],
  wine: ["rượu"],
  "bưởi": ["pomelo"],
  buoi: ["pomelo"],
  pomelo: ["bưởi"],
  "lạp xưởng": ["sausage"],
  "lap xuong": ["sausage"],
  sausage: ["lạp xưởng"],
}

type Field = SearchTypes.SearchFieldDefinition

function flatten(fields: Record<string, Field>, prefix = ""): [string, Field][] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name
    return field.type === "object" && field.fields
      ? flatten(field.fields, path)
      : ([[path, field]] as [string, Field][])
  })
}

const weight = (f: Field) =>
  typeof f.searchable === "object" ? f.searchable.weight ?? 1 : 1
const facetable = (f: Field) => f.facetable === true || typeof f.facetable === "object"

/** The fields of a definition that Meilisearch must know as filterable (filters and facets). */
export function filterableFields(definition: SearchTypes.ResolvedSearchIndexDefinition) {
  return new Set(
    flatten(definition.fields)
      .filter(([, f]) => f.filterable || facetable(f))
      .map(([path]) => path)
  )
}

/**
 * Index settings from the definition: searchable attributes in weight order
 * (Meilisearch ranks by attribute order, so the weights become the order),
 * filterable = filterable + facetable, sortable, typo tolerance and synonyms.
 */
export function meilisearchSettings(
  definition: SearchTypes.ResolvedSearchIndexDefinition,
  synonyms: Record<string, string[]> = VIETNAMESE_SYNONYMS
) {
  const fields = flatten(definition.fields)
  const typo = definition.settings.typo_tolerance ?? {}
  const extra = (definition.settings.provider_options?.meilisearch ?? {}) as Record<string, unknown>
  return {
    searchableAttributes: fields
      .filter(([, f]) => f.searchable)
      .sort(([a, fa], [b, fb]) => weight(fb) - weight(fa) || a.localeCompare(b))
      .map(([path]) => path),
    filterableAttributes: [...filterableFields(definition)].sort(),
    sortableAttributes: fields
      .filter(([, f]) => f.sortable)
      .map(([path]) => path)
      .sort(),
    displayedAttributes: fields
      .filter(([, f]) => f.retrievable !== false && f.type !== "vector")
      .map(([path]) => path),
    distinctAttribute: definition.settings.distinct_attribute ?? null,
    faceting: { maxValuesPerFacet: 100 },
    typoTolerance: {
      enabled: typo.enabled ?? true,
      minWordSizeForTypos: {
        oneTypo: typo.min_word_size_for_one_typo ?? 4,
        twoTypos: typo.min_word_size_for_two_typos ?? 8,
      },
      disableOnAttributes: typo.disabled_on_attributes ?? [],
    },
    synonyms,
    ...extra,
  }
}
