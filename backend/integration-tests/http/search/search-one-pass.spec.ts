import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type {
  ISearchModuleService,
  SearchTypes,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import ocopSearchPostgres from "@ocop-market/medusa-plugin-ocop/providers/search-postgres"
import {
  ocopSearchFilters,
  type OcopSearchParams,
} from "@ocop-market/medusa-plugin-ocop/search/ocop-search"
import { filtersForPostgres } from "@ocop-market/medusa-plugin-ocop/search/postgres-filters"
import { OCOP_PRODUCT_INDEX } from "@ocop-market/medusa-plugin-ocop/search/ocop-product-index"
import { seedShop } from "../fixtures"
import type { StoreSetup } from "../../../src/scripts/seed/store-setup"

/**
 * OCOP search answers a search in one statement (decision 024) instead of
 * Medusa's provider's hits, count and facet statements. For what shoppers do
 * (text, text with filters, filters alone, sorted, typeahead, near matches, a
 * later page) it must find the same products, in the same order, with the same
 * count and facet counts as Medusa's own provider on the same index.
 */
const SEARCHES: [
  name: string,
  params: OcopSearchParams,
  options?: SearchTypes.SearchOptions,
][] = [
  ["text", { q: "kho ca" }],
  ["one word found by a set's label too", { q: "mat" }],
  [
    "text and filters",
    { q: "kho ca", min_stars: 4, province: ["91"], in_stock: true },
  ],
  ["filters alone", { min_stars: 4, province: ["91"], in_stock: true }],
  ["nothing", {}],
  ["a category and stars", { category: ["8"], stars: [4, 5] }],
  ["sorted by price", { q: "gao", order: "price" }],
  ["sorted by stars, most first", { order: "-stars", province: ["92"] }],
  ["newest first", { order: "-created_at" }],
  ["a later page", { limit: 5, offset: 5 }],
  ["typeahead", { q: "duong thot n", suggest: true, limit: 6 }],
  ["near matches", { q: "qqqqzzz mat" }, { match_strategy: "any" }],
  [
    "the provider's own typo tolerance",
    { q: "palmnia" },
    { typo_tolerance: true },
  ],
  ["no match", { q: "qqqqzzz" }],
]

const FACETS = [
  "stars",
  "province_code",
  "category_set",
  "producer_id",
  "in_stock",
]

// The provider module's one service: OCOP's subclass of Medusa's provider.
const [OcopPostgresSearchService] =
  ocopSearchPostgres.services as (typeof PostgresSearchService)[]

const ORDERS: Record<string, Record<string, SearchTypes.SearchOrderBy>> = {
  price: { price_vnd: "ASC" },
  "-stars": { stars: "DESC", _score: "DESC" },
  "-created_at": { created_at: "DESC" },
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer, dbUtils }) => {
    let store: StoreSetup

    // Read-only tests: one seeded shop and index, restored from a snapshot as in
    // store-ocop-search.spec.ts.
    beforeAll(async () => {
      const container = getContainer()
      store = await seedShop(container)
      await container.resolve<ISearchModuleService>(Modules.SEARCH).reindex()
      await dbUtils.snapshot()
    })

    /** The provider query OCOP search sends for `params`, on the active index. */
    const providerQuery = async (
      params: OcopSearchParams,
      options: SearchTypes.SearchOptions = {}
    ) => {
      const container = getContainer()
      const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const manager = {
        execute: async (sql: string, bindings: unknown[] = []) =>
          (await knex.raw(sql, bindings as any[])).rows,
      }
      // The version the reindex made ready: the provider knows indexes by version.
      const {
        rows: [active],
      } = await knex.raw(
        `select v.physical_name from search_index i
             join search_index_version v on v.search_index_id = i.id
               and v.status = 'ready' and v.deleted_at is null
             where i.name = ? and i.deleted_at is null
             order by v.version desc limit 1`,
        [OCOP_PRODUCT_INDEX]
      )
      const index = {
        ...search.getIndex(OCOP_PRODUCT_INDEX),
        physical_name: active.physical_name,
      }
      const query: SearchTypes.ProviderSearchQuery = {
        index,
        q: params.q,
        filters: filtersForPostgres(
          ocopSearchFilters(params, [store.salesChannelId]),
          index.fields
        ),
        attributes_to_retrieve: [
          "id",
          "handle",
          "stars",
          "price_vnd",
          "created_at",
        ],
        pagination: {
          skip: params.offset ?? 0,
          take: params.limit ?? 24,
          order: params.order
            ? ORDERS[params.order]
            : params.q
              ? { _score: "DESC", stars: "DESC" }
              : { stars: "DESC" },
        },
        search_options: {
          facets: params.suggest ? undefined : FACETS,
          count: "exact",
          match_strategy: params.suggest ? "last" : "all",
          typo_tolerance: false,
          include_score: true,
          ...options,
        },
      }
      return { query, manager }
    }

    /** What Medusa's own PostgreSQL provider answers: the reference ours must match. */
    const medusaSearch = (
      query: Awaited<ReturnType<typeof providerQuery>>["query"],
      manager: Awaited<ReturnType<typeof providerQuery>>["manager"]
    ) =>
      new PostgresSearchService({ manager }, { language: "vietnamese" }).search(
        query
      )

    describe("OCOP search in one statement", () => {
      it.each(SEARCHES)(
        "finds what Medusa's provider finds: %s",
        async (_name, params, options = {}) => {
          const { query, manager } = await providerQuery(params, options)
          const medusa = await medusaSearch(query, manager)
          const ours = await new OcopPostgresSearchService(
            { manager },
            { language: "vietnamese" }
          ).search(query)

          expect(ours.metadata.count).toBe(medusa.metadata.count)
          expect(ours.facets).toEqual(medusa.facets)
          // Medusa's provider leaves ties in the requested order to chance; ours
          // breaks them by id, so pages never overlap. The same products, in the
          // same order of what was asked for (relevance, then the sort fields).
          const order = Object.keys(query.pagination!.order!)
          const key = (hit: SearchTypes.SearchHit) =>
            JSON.stringify(
              order.map((p) => (p === "_score" ? hit.score : hit.document[p]))
            )
          expect(ours.hits.map(key)).toEqual(medusa.hits.map(key))
          ours.hits.forEach((hit, i) => {
            const next = ours.hits[i + 1]
            if (next && key(next) === key(hit))
              expect(hit.id < next.id).toBe(true)
          })
          const ids = (hits: SearchTypes.SearchHit[]) =>
            hits.map((h) => h.id).sort()
          if (
            query.pagination!.skip === 0 &&
            medusa.hits.length < query.pagination!.take!
          )
            expect(ids(ours.hits)).toEqual(ids(medusa.hits))
          const theirs = new Map(medusa.hits.map((h) => [h.id, h.document]))
          for (const hit of ours.hits.filter((h) => theirs.has(h.id)))
            expect(hit.document).toEqual(theirs.get(hit.id))
          // The searches above are worth comparing only if they find something.
          if (_name !== "no match")
            expect(medusa.metadata.count).toBeGreaterThan(0)
        }
      )
    })

    describe("filters alone, read from the narrow copy of the filter fields", () => {
      /** The active document table and its filter table, as the provider names them. */
      const tables = async () => {
        const { query } = await providerQuery({})
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const {
          rows: [row],
        } = await knex.raw(
          `select table_name from search_postgres_index where name = ?`,
          [query.index.physical_name]
        )
        return { knex, table: row.table_name as string, filters: `${row.table_name}_filters` }
      }

      it("keeps only the fields filters, sorts and facets read, one row per document", async () => {
        const { knex, table, filters } = await tables()
        const { rows } = await knex.raw(
          `select (select count(*) from "${table}")::int as documents,
                  (select count(*) from "${filters}")::int as rows,
                  (select indexed from "${filters}" limit 1) as sample`
        )
        expect(rows[0].rows).toBe(rows[0].documents)
        expect(rows[0].documents).toBeGreaterThan(0)
        expect(Object.keys(rows[0].sample)).toEqual(
          expect.arrayContaining(["id", "stars", "province_code", "in_stock", "sales_channel_ids"])
        )
        expect(rows[0].sample).not.toHaveProperty("description")
        expect(rows[0].sample).not.toHaveProperty("folded")
      })

      /** The statement that finds the matches when OCOP search asks for `params`. */
      const matchingStatement = async (
        params: OcopSearchParams,
        options: SearchTypes.SearchOptions = {}
      ) => {
        const { query, manager } = await providerQuery(params, options)
        const statements: string[] = []
        await new OcopPostgresSearchService(
          {
            manager: {
              execute: (sql: string, bindings?: unknown[]) => {
                statements.push(sql)
                return manager.execute(sql, bindings)
              },
            },
          },
          { language: "vietnamese" }
        ).search(query)
        return statements.find((sql) => sql.startsWith("WITH matched"))!
      }

      it("answers searches with and without text from the copy, the provider's typo tolerance from the documents", async () => {
        const { filters } = await tables()
        expect(await matchingStatement({ min_stars: 4, province: ["91"] })).toContain(`FROM "${filters}"`)
        expect(await matchingStatement({ q: "kho ca", min_stars: 4 })).toContain(`FROM "${filters}"`)
        expect(await matchingStatement({ q: "duong thot n", suggest: true })).toContain(`FROM "${filters}"`)
        // Its typo tolerance compares the words with each document's text, which the copy leaves out.
        expect(await matchingStatement({ q: "palmnia" }, { typo_tolerance: true })).not.toContain(
          `"${filters}"`
        )
      })

      it("follows every change of the documents: a new value, a deleted document, an emptied index", async () => {
        const { knex, table, filters } = await tables()
        const {
          rows: [doc],
        } = await knex.raw(`select id from "${table}" order by id limit 1`)
        const copy = async () =>
          (await knex.raw(`select indexed from "${filters}" where id = ?`, [doc.id])).rows[0]
            ?.indexed
        await knex.raw(
          `update "${table}" set indexed = jsonb_set(indexed, '{stars}', '2') where id = ?`,
          [doc.id]
        )
        expect((await copy()).stars).toBe(2)
        // New words: a text search finds the document by them at once.
        await knex.raw(
          `update "${table}" set search_vector = search_vector || to_tsvector('simple', 'qqxyzzy') where id = ?`,
          [doc.id]
        )
        const { query, manager } = await providerQuery({ q: "qqxyzzy" })
        const found = await new OcopPostgresSearchService({ manager }, { language: "vietnamese" }).search({
          ...query,
          filters: undefined,
        })
        expect(found.hits.map((h) => h.id)).toEqual([doc.id])
        await knex.raw(`delete from "${table}" where id = ?`, [doc.id])
        expect(await copy()).toBeUndefined()
        await knex.raw(`truncate "${table}"`)
        const { rows } = await knex.raw(`select count(*)::int as n from "${filters}"`)
        expect(rows[0].n).toBe(0)
      })
    })

    describe("a copy made before it kept the search vector", () => {
      it("gets the vector when the index table is next created, and text searches read it", async () => {
        const container = getContainer()
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { query, manager } = await providerQuery({})
        const {
          rows: [row],
        } = await knex.raw(`select table_name from search_postgres_index where name = ?`, [
          query.index.physical_name,
        ])
        const table = row.table_name as string
        const filters = `${table}_filters`
        // The copy as the previous release made it: no vector, and a trigger that writes none.
        await knex.raw(`drop index if exists "${filters}_vector_idx"`)
        await knex.raw(`alter table "${filters}" drop column search_vector`)
        await knex.raw(`create or replace function ocop_search_filters_sync() returns trigger language plpgsql as $$
          begin
            if tg_op in ('DELETE', 'UPDATE') then
              execute format('delete from %I where id = $1', tg_table_name || '_filters') using old.id;
            end if;
            if tg_op in ('INSERT', 'UPDATE') then
              execute format('insert into %I (id, indexed) values ($1, $2)', tg_table_name || '_filters')
                using new.id, new.indexed;
            end if;
            return null;
          end $$`)
        await knex.raw(`create or replace trigger "${table}_filters_rows" after insert or update or delete
          on "${table}" for each row execute function ocop_search_filters_sync()`)

        const service = new OcopPostgresSearchService({ manager }, { language: "vietnamese" })
        const older = await service.search({ ...query, q: "kho ca" })
        expect(older.metadata.count).toBeGreaterThan(0)

        // What every start does: the provider creates the index's table if missing.
        const { plan } = await service.retrieve(query.index.physical_name)
        await (service as any).createDocumentTable(table, plan, manager)

        const { rows } = await knex.raw(
          `select count(*)::int as copies,
                  count(*) filter (where f.search_vector = d.search_vector)::int as same
             from "${filters}" f join "${table}" d using (id)`
        )
        expect(rows[0].copies).toBeGreaterThan(0)
        expect(rows[0].same).toBe(rows[0].copies)
        const statements: string[] = []
        const recorded = new OcopPostgresSearchService(
          {
            manager: {
              execute: (sql: string, bindings?: unknown[]) => {
                statements.push(sql)
                return manager.execute(sql, bindings)
              },
            },
          },
          { language: "vietnamese" }
        )
        const after = await recorded.search({ ...query, q: "kho ca" })
        expect(statements.find((sql) => sql.startsWith("WITH matched"))).toContain(`FROM "${filters}"`)
        expect(after.metadata.count).toBe(older.metadata.count)
        // And it keeps following the documents' words.
        const {
          rows: [doc],
        } = await knex.raw(`select id from "${table}" order by id limit 1`)
        await knex.raw(
          `update "${table}" set search_vector = to_tsvector('simple', 'qqxyzzy') where id = ?`,
          [doc.id]
        )
        const {
          rows: [copy],
        } = await knex.raw(`select search_vector::text as words from "${filters}" where id = ?`, [doc.id])
        expect(copy.words).toBe("'qqxyzzy':1")
      })
    })

    describe("OCOP search's existence check (the typo tier's probe)", () => {
      it.each(SEARCHES)(
        "finds something exactly when Medusa's provider counts a match, in one lookup: %s",
        async (_name, params, options = {}) => {
          const { query, manager } = await providerQuery(params, options)
          const medusa = await medusaSearch(query, manager)
          const statements: string[] = []
          const recording = {
            execute: (sql: string, bindings?: unknown[]) => {
              statements.push(sql)
              return manager.execute(sql, bindings)
            },
          }
          const probe = await new OcopPostgresSearchService(
            { manager: recording },
            { language: "vietnamese" }
          ).search({
            ...query,
            search_options: {
              ...query.search_options,
              count: "none",
              provider_options: { "search-postgres": { exists: true } },
            },
          })

          expect(probe.hits.length).toBe(medusa.metadata.count ? 1 : 0)
          if (probe.hits.length)
            expect(probe.hits[0].document.id).toBe(probe.hits[0].id)
          expect(probe.facets).toBeUndefined()
          // One statement that stops at the first match: nothing ranked, counted or
          // grouped, which a full search does for every match.
          // (The provider also reads its catalogue row of the index, as for any search,
          // and a new provider instance looks up once what the index's copy holds.)
          const reads = statements.filter(
            (sql) => !sql.includes("search_postgres_index") && !sql.includes("to_regclass")
          )
          expect(reads).toHaveLength(1)
          expect(reads[0]).toMatch(/LIMIT 1\b/)
          expect(reads[0]).not.toMatch(
            /ts_rank|COUNT\(|json_agg|GROUP BY|ORDER BY/i
          )
        }
      )
    })
  },
})
