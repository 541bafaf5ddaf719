import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { readSlots, searchReadConnections } from "../../queries/read-slots"
import { readStatementTimeoutMs, timedReads } from "../../queries/statement-timeout"

type DocumentTableArgs = Parameters<PostgresSearchService["createDocumentTable"]>
type ConstructorArgs = ConstructorParameters<typeof PostgresSearchService>

// One bound per process, however many provider instances the container makes.
let slots: ReturnType<typeof readSlots> | undefined
const searchReads = () => (slots ??= readSlots(searchReadConnections()))

/**
 * Medusa's PostgreSQL search provider, with the `indexed` column kept uncompressed in the row
 * (decision 008). Every filter, facet and sort reads `indexed`; PostgreSQL's default storage
 * compresses it with the rest of a ~5 kB document row, so each comparison decompressed it
 * again: filters without text took 44 s over 50k documents. With storage MAIN, the toaster
 * compresses and moves the document, text and vector out first and `indexed` stays plain.
 */
export class OcopPostgresSearchService extends PostgresSearchService {
  constructor(...args: ConstructorArgs) {
    super(...args)
    // A shopper's search statements are cancelled after a few seconds (docs/speed.md):
    // a runaway one would otherwise hold a pooled connection the rest of the shop needs.
    // And they hold a few pooled connections at most, whatever the searches at once.
    const manager = timedReads(this.manager_, readStatementTimeoutMs(), searchReads())
    // manager_ is readonly in the type only; the provider reads it at every query.
    ;(this as unknown as { manager_: typeof manager }).manager_ = manager
  }

  protected async createDocumentTable(...args: DocumentTableArgs) {
    await super.createDocumentTable(...args)
    const [table, , manager] = args
    // Runs at every start too: alter only once, the statement locks the table.
    const [column] = (await manager.execute(
      `SELECT attstorage FROM pg_attribute WHERE attrelid = ?::regclass AND attname = 'indexed'`,
      [`"${table}"`]
    )) as { attstorage: string }[]
    if (column?.attstorage === "m") return
    // Applies to rows written from now on; a new table (every reindex) is empty.
    await manager.execute(`ALTER TABLE "${table}" ALTER COLUMN "indexed" SET STORAGE MAIN`)
  }
}
