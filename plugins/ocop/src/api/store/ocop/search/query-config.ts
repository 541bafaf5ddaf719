// Search reads the Search Module's index, so Medusa's field selection does not
// apply; the config only satisfies validateAndTransformQuery.
export const searchOcopProductsQueryConfig = { defaults: [], isList: true }
