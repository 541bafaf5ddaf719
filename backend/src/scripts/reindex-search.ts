import type { ExecArgs, ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { recordSearchWordsFromIndexes } from "@ocop-market/medusa-plugin-ocop/search/search-words"
import { analyzeOcopSearchIndexes } from "@ocop-market/medusa-plugin-ocop/search/index-tables"

/**
 * Rebuilds every search index from the database (`npm run reindex`): a new
 * version of each index is filled, then swapped in, so search keeps answering
 * from the old one meanwhile. Prints the documents synced every second.
 */
export default async function reindexSearch({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const indexes = await search.listIndexes()
  const [{ count: products }] = (
    await pg.raw(
      "select count(*)::int as count from product where deleted_at is null"
    )
  ).rows
  logger.info(
    `Reindexing ${indexes.map((i) => `${i.name} (${i.provider})`).join(", ")} from ${products} products`
  )
  const started = Date.now()
  const timer = setInterval(async () => {
    try {
      // The Search Module records each run's progress in search_index_sync.
      const { rows } = await pg.raw(
        `select documents_synced from search_index_sync
         where created_at >= ? order by created_at desc limit 1`,
        [new Date(started)]
      )
      const synced = Number(rows[0]?.documents_synced ?? 0)
      const seconds = (Date.now() - started) / 1000
      logger.info(
        `  ${synced}/${products} documents (${Math.round(synced / seconds)}/s)`
      )
    } catch {
      // progress is best effort
    }
  }, 1000)
  try {
    const result = await search.reindex()
    // A full reindex writes documents without events: the typo vocabulary
    // is read back from the new index's lexemes.
    await recordSearchWordsFromIndexes(pg)
    await analyzeOcopSearchIndexes(pg)
    logger.info(
      `Reindexed ${result.indexes.join(", ")} in ${((Date.now() - started) / 1000).toFixed(1)} s`
    )
  } finally {
    clearInterval(timer)
  }
}
