import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import {
  assertQuerySupported,
  normalizeFacetRequests,
  projectDocument,
  toWhereClause,
} from "@medusajs/search-postgres/dist/utils"
import { readSlots, searchReadConnections } from "../../queries/read-slots"
import { readStatementTimeoutMs, timedReads } from "../../queries/statement-timeout"
import {
  createFilterTable,
  dropFilterTable,
  filterTableName,
  filterTableShape,
  readsFilterTable,
  type FilterTableShape,
} from "./filter-table"
import {
  existsStatement,
  fitsOnePass,
  onePassStatement,
  type OcopPostgresSearchOptions,
} from "./one-pass-search"

type DocumentTableArgs = Parameters<
  PostgresSearchService["createDocumentTable"]
>
type DropTableArgs = Parameters<PostgresSearchService["dropDocumentTable"]>
type ConstructorArgs = ConstructorParameters<typeof PostgresSearchService>

/** The fields a search facets on, as the one-pass statement reads them. */
const facetFieldsOf = (query: SearchTypes.ProviderSearchQuery, plan: any): string[] =>
  (normalizeFacetRequests(query.search_options?.facets, plan) as { field: string }[]).map(
    (r) => r.field
  )

// One bound per process, however many provider instances the container makes.
let slots: ReturnType<typeof readSlots> | undefined
const searchReads = () => (slots ??= readSlots(searchReadConnections()))

/**
 * Medusa's PostgreSQL search provider, answering a search in one statement (decision 024)
 * from a narrow copy of the filter fields and search vector (filter-table.ts), and
 * with the `indexed` column kept uncompressed in the row (decision 008). Every filter, facet and sort reads `indexed`; PostgreSQL's default storage
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

  /**
   * A keyword or filter search with value facets in one statement that reads each
   * matching document once (one-pass-search.ts), or only whether anything matches
   * when asked (`provider_options["search-postgres"].exists`); anything else the
   * provider answers.
   */
  async search(
    input: SearchTypes.ProviderSearchQuery
  ): Promise<SearchTypes.SearchResult> {
    assertQuerySupported(input, this.engine_)
    if (this.isLakebase_) return await super.search(input)
    const catalog = await this.retrieve(input.index.physical_name)
    if (!fitsOnePass(input, catalog.plan)) return await super.search(input)
    const started = Date.now()
    const options = input.search_options ?? {}
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    const fragments = this.keywordFragments({ query: input, catalog })
    const filterWhere = toWhereClause(input.filters, catalog.plan)
    const conditionsSql = (params: unknown[]) => {
      const conditions: string[] = []
      if (fragments.matchSql) conditions.push(fragments.matchSql(params))
      if (filterWhere?.sql) {
        conditions.push(`(${filterWhere.sql})`)
        params.push(...filterWhere.params)
      }
      return conditions
    }
    const parse = <T>(value: unknown): T =>
      (typeof value === "string" ? JSON.parse(value) : value) as T
    const own = options.provider_options?.[OcopPostgresSearchService.identifier] as
      | OcopPostgresSearchOptions
      | undefined
    // Where to find the matches: the narrow copy when it holds all the search reads.
    const filterTable = readsFilterTable(
      input,
      catalog.plan,
      facetFieldsOf(input, catalog.plan),
      await this.filterTableShape(catalog.table_name)
    )
      ? filterTableName(catalog.table_name)
      : undefined
    // OCOP's typo tier asks only whether a correction matches (OcopPostgresSearchOptions).
    if (own?.exists) {
      const probe = existsStatement({ table: catalog.table_name, filterTable, conditionsSql })
      const rows = (await this.manager_.execute(probe.sql, probe.params)) as {
        id: string
        document: unknown
      }[]
      return {
        hits: rows.map((hit) => ({
          id: hit.id,
          document: projectDocument(parse(hit.document), input.attributes_to_retrieve),
        })),
        metadata: {
          skip: 0,
          take: 1,
          count: null,
          query: input.q,
          processing_time_ms: Date.now() - started,
        },
      }
    }
    const statement = onePassStatement({
      table: catalog.table_name,
      filterTable,
      plan: catalog.plan,
      query: input,
      rankSql: fragments.q ? fragments.rankSql : undefined,
      conditionsSql,
      skip,
      take,
    })
    const [row] = await this.manager_.execute(statement.sql, statement.params)
    const hits = parse<
      { id: string; document: unknown; score: number | null }[]
    >(row.hits)
    const facets = statement.facets.length
      ? Object.fromEntries(
          statement.facets.map(({ field, column }) => [
            field,
            {
              type: "value" as const,
              values: parse<{ value: unknown; count: number }[]>(
                row[column]
              ).map((v) => ({
                value: String(v.value),
                count: Number(v.count),
              })),
            },
          ])
        )
      : undefined
    return {
      hits: hits.map((hit) => ({
        id: hit.id,
        score: options.include_score ? Number(hit.score) : undefined,
        document: projectDocument(
          parse(hit.document),
          input.attributes_to_retrieve
        ),
      })),
      facets,
      metadata: {
        skip,
        take,
        count: options.count === "none" ? null : Number(row.count),
        query: input.q,
        processing_time_ms: Date.now() - started,
      },
    }
  }

  // Per document table: what its copy holds. A table made before the copies existed has
  // none until a reindex makes a new table, and one made before the copy kept the search
  // vector gets it then, or when the provider creates the table again (createFilterTable;
  // not at every start); a table this process (re)creates is looked up again.
  private filterTables_ = new Map<string, Promise<FilterTableShape>>()

  private filterTableShape(table: string): Promise<FilterTableShape> {
    let shape = this.filterTables_.get(table)
    if (!shape) {
      shape = filterTableShape(this.manager_, table).catch(() => {
        // Not knowing is a no, this once: the document table answers as it always did.
        this.filterTables_.delete(table)
        return { found: false, text: false }
      })
      this.filterTables_.set(table, shape)
    }
    return shape
  }

  protected async dropDocumentTable(...args: DropTableArgs) {
    const [table, manager] = args
    await dropFilterTable(manager, table)
    this.filterTables_.delete(table)
    await super.dropDocumentTable(...args)
  }

  protected async createDocumentTable(...args: DocumentTableArgs) {
    await super.createDocumentTable(...args)
    const [table, plan, manager] = args
    await createFilterTable(manager, table, plan)
    this.filterTables_.delete(table)
    // Runs at every start too: alter only once, the statement locks the table.
    const [column] = (await manager.execute(
      `SELECT attstorage FROM pg_attribute WHERE attrelid = ?::regclass AND attname = 'indexed'`,
      [`"${table}"`]
    )) as { attstorage: string }[]
    if (column?.attstorage === "m") return
    // Applies to rows written from now on; a new table (every reindex) is empty.
    await manager.execute(
      `ALTER TABLE "${table}" ALTER COLUMN "indexed" SET STORAGE MAIN`
    )
  }
}
