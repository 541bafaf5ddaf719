// The catalog is read with SQL (queries/ocop-catalog.ts), so Medusa's field
// selection does not apply; the config only satisfies validateAndTransformQuery.
export const listOcopProductsQueryConfig = { defaults: [], isList: true }
export const retrieveOcopProductQueryConfig = { defaults: [], isList: false }
