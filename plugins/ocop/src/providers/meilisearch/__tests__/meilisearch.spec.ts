import type { SearchTypes } from "@medusajs/framework/types"
import { search } from "@medusajs/framework/utils"
import { searchOcopProducts } from "../../../search/ocop-search"
import { MeilisearchSearchService, SEARCH_ENGINE_UNREACHABLE } from "../service"
import { startMeilisearchStandIn } from "./meilisearch-server"

/**
 * Contract tests of the Meilisearch provider. Without MEILISEARCH_HOST they run
 * against a stand-in that records the HTTP requests and answers with the
 * documented response shapes, and assert the exact requests. With
 * MEILISEARCH_HOST (and MEILISEARCH_API_KEY) the same tests run against that
 * server and assert what it returns instead.
 */
const realHost = process.env.MEILISEARCH_HOST
let standIn: Awaited<ReturnType<typeof startMeilisearchStandIn>> | undefined
const uid = `ocop_contract_${Date.now()}`

const fields = search
  .define({
    id: search.keyword().filterable(),
    title: search.text().searchable({ weight: 4 }),
    producer_name: search.text().searchable({ weight: 2 }),
    description: search.text().searchable({ weight: 1 }),
    stars: search.integer().filterable().sortable().facetable({ types: ["value"] }),
    province_code: search.keyword().filterable().facetable(),
    price_vnd: search.integer().filterable().sortable().facetable({ types: ["range"] }),
    in_stock: search.boolean().filterable(),
  })
  .toFields()

const definition: SearchTypes.ResolvedSearchIndexDefinition = {
  name: "ocop_contract",
  entity: "product",
  primary_key: "id",
  provider: "meilisearch",
  fields,
  settings: { typo_tolerance: { enabled: true } },
  definition_hash: "test",
  physical_name: uid,
  seed: async function* () {},
}

const docs = [
  { id: "p1", title: "Đường thốt nốt Palmania", producer_name: "Palmania", description: "Tri Tôn", stars: 4, province_code: "91", price_vnd: 85000, in_stock: true },
  { id: "p2", title: "Khô cá lóc 7 Chóp", producer_name: "Khô 7 Chóp", description: "Núi Sập", stars: 3, province_code: "91", price_vnd: 180000, in_stock: true },
  { id: "p3", title: "Bưởi Năm Roi", producer_name: "Bio Fruit Coop", description: "Ngã Sáu", stars: 4, province_code: "92", price_vnd: 60000, in_stock: false },
  { id: "p4", title: "Gạo thơm Thiên Vương", producer_name: "Lộc Trời", description: "Thoại Sơn", stars: 5, province_code: "91", price_vnd: 45000, in_stock: true },
  { id: "p5", title: "Rượu Snor's Wine", producer_name: "", description: "Cần Thơ", stars: 5, province_code: "92", price_vnd: 250000, in_stock: true },
]

function provider(options: Partial<ConstructorParameters<typeof MeilisearchSearchService>[1]> = {}) {
  return new MeilisearchSearchService(
    {},
    {
      host: realHost ?? standIn!.url,
      api_key: process.env.MEILISEARCH_API_KEY,
      ...options,
    }
  )
}

const requests = (method: string, path: string) =>
  standIn!.requests.filter((r) => r.method === method && r.path === path)

const query = (over: Partial<SearchTypes.ProviderSearchQuery> = {}): SearchTypes.ProviderSearchQuery => ({
  index: definition,
  attributes_to_retrieve: ["id", "title", "stars", "province_code", "price_vnd", "in_stock"],
  ...over,
})

beforeAll(async () => {
  if (!realHost) standIn = await startMeilisearchStandIn()
})

afterAll(async () => {
  const p = provider()
  await p.waitForTask(await p.deleteIndex({ index: uid })).catch(() => undefined)
  await standIn?.close()
})

describe("MeilisearchSearchService", () => {
  it("creates the index with its primary key and applies searchable, filterable, sortable, typo and synonym settings", async () => {
    const p = provider()
    const task = await p.upsertIndex({ index: definition })
    expect(task).toEqual(expect.objectContaining({ index: uid, status: "enqueued", id: expect.any(String) }))
    expect((await p.waitForTask(task)).status).toBe("succeeded")
    if (standIn) {
      expect(requests("POST", "/indexes")[0].body).toEqual({ uid, primaryKey: "id" })
      const settings = requests("PATCH", `/indexes/${uid}/settings`)[0].body
      expect(settings).toEqual(
        expect.objectContaining({
          searchableAttributes: ["title", "producer_name", "description"],
          filterableAttributes: ["id", "in_stock", "price_vnd", "province_code", "stars"],
          sortableAttributes: ["price_vnd", "stars"],
          faceting: { maxValuesPerFacet: 100 },
          typoTolerance: {
            enabled: true,
            minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
            disableOnAttributes: [],
          },
        })
      )
      expect(settings.synonyms.sao).toEqual(["star", "stars"])
      expect(settings.synonyms["khô"]).toEqual(["dried", "dry"])
      expect(settings.synonyms.dried).toContain("khô")
    }
  })

  it("writes documents in batches, waiting for each task", async () => {
    const p = provider({ batch_size: 2 })
    const task = await p.upsertDocuments({ index: uid, definition, documents: docs })
    expect((await p.waitForTask(task)).status).toBe("succeeded")
    if (standIn) {
      const batches = requests("POST", `/indexes/${uid}/documents`).map((r) => r.body.map((d: any) => d.id))
      expect(batches).toEqual([["p1", "p2"], ["p3", "p4"], ["p5"]])
      // every batch but the last is waited on by the provider itself
      expect(standIn.requests.filter((r) => r.path.startsWith("/tasks/")).length).toBeGreaterThanOrEqual(3)
    }
    const listed = await p.listIndexes()
    expect(listed.find((i) => i.name === uid)).toEqual(
      expect.objectContaining({ provider: "meilisearch", document_count: 5 })
    )
  })

  it("compiles filters, sorts and maps facet distributions to the module's result shape", async () => {
    const p = provider()
    const result = await p.search(
      query({
        filters: { $and: [{ stars: { $gte: 4 } }, { province_code: { $in: ["91", "92"] } }], in_stock: true },
        pagination: { skip: 0, take: 10, order: { price_vnd: "ASC" } },
        search_options: {
          facets: ["stars", "province_code", { field: "price_vnd", type: "range", ranges: [{ key: "cheap", to: 100000 }, { key: "dear", from: 100000 }] }],
          count: "exact",
        },
      })
    )
    if (standIn) {
      const [body] = requests("POST", "/multi-search").map((r) => r.body).slice(-1)
      expect(body.queries[0]).toEqual(
        expect.objectContaining({
          indexUid: uid,
          q: "",
          filter: '(stars >= 4 AND province_code IN ["91", "92"]) AND in_stock = true',
          facets: ["stars", "province_code"],
          sort: ["price_vnd:asc"],
          offset: 0,
          limit: 10,
        })
      )
      // range facets: one count-only query per range, in the same round trip
      expect(body.queries.slice(1).map((q: any) => [q.filter, q.limit])).toEqual([
        ['(stars >= 4 AND province_code IN ["91", "92"]) AND in_stock = true AND price_vnd < 100000', 0],
        ['(stars >= 4 AND province_code IN ["91", "92"]) AND in_stock = true AND price_vnd >= 100000', 0],
      ])
    } else {
      expect(result.hits.map((h) => h.id)).toEqual(["p4", "p1", "p5"])
    }
    expect(result.facets?.stars).toEqual({ type: "value", values: expect.any(Array) })
    const stars = (result.facets!.stars as any).values
    expect(stars[0].count).toBeGreaterThanOrEqual(stars[stars.length - 1].count)
    expect(result.facets?.price_vnd).toEqual(
      expect.objectContaining({ type: "range", ranges: [expect.objectContaining({ key: "cheap" }), expect.objectContaining({ key: "dear" })] })
    )
    expect(result.metadata).toEqual(expect.objectContaining({ skip: 0, take: 10, count: expect.any(Number) }))
    for (const hit of result.hits) expect(hit.document.id).toBe(hit.id)
  })

  it("writes hostile filter values as quoted data", async () => {
    const p = provider()
    const hostile = '91" OR stars > 0 OR province_code = "'
    const result = await p.search(query({ filters: { province_code: hostile } }))
    if (standIn) {
      const [body] = requests("POST", "/multi-search").map((r) => r.body).slice(-1)
      expect(body.queries[0].filter).toBe('province_code = "91\\" OR stars > 0 OR province_code = \\""')
    } else {
      expect(result.hits).toEqual([])
    }
    await expect(p.search(query({ filters: { "title) OR (1": "x" } }))).rejects.toThrow(/not filterable/)
    await expect(p.search(query({ filters: { title: { $like: "%x%" } } as any }))).rejects.toThrow()
  })

  it("deletes by id through the batch endpoint and otherwise by filter", async () => {
    const p = provider()
    await p.waitForTask(await p.deleteDocuments({ index: uid, filters: { id: ["p5"] } }))
    await p.waitForTask(await p.deleteDocuments({ index: uid, filters: { province_code: "92" } }))
    if (standIn) {
      expect(requests("POST", `/indexes/${uid}/documents/delete-batch`)[0].body).toEqual(["p5"])
      expect(requests("POST", `/indexes/${uid}/documents/delete`)[0].body).toEqual({ filter: 'province_code = "92"' })
    } else {
      const left = await p.search(query({ search_options: { count: "exact" } }))
      expect(left.hits.map((h) => h.id).sort()).toEqual(["p1", "p2", "p4"])
    }
    await p.waitForTask(await p.clearIndex({ index: uid }))
    if (standIn) expect(requests("DELETE", `/indexes/${uid}/documents`)).toHaveLength(1)
  })

  it("reports an unreachable server with a code callers can fall back on", async () => {
    const dead = new MeilisearchSearchService({}, { host: "http://127.0.0.1:9" })
    await expect(dead.search(query())).rejects.toEqual(
      expect.objectContaining({ code: SEARCH_ENGINE_UNREACHABLE })
    )
  })
})

describe("searchOcopProducts degraded mode", () => {
  it("answers from the PostgreSQL index and logs a warning when Meilisearch is unreachable", async () => {
    const dead = new MeilisearchSearchService({}, { host: "http://127.0.0.1:9" })
    const warnings: string[] = []
    const searched: string[] = []
    const module = {
      getIndex: (name: string) => ({ name }),
      search: async (q: SearchTypes.SearchQuery) => {
        searched.push(q.entity)
        // The Meilisearch-backed index fails the way the provider fails; the
        // PostgreSQL mirror answers.
        if (q.entity === "ocop_product") return dead.search(query())
        return { hits: [{ id: "p1", document: { ...docs[0], handle: "p1" } }], metadata: { skip: 0, take: 24, count: 1 } }
      },
    }
    const result = await searchOcopProducts(
      {
        search: module as any,
        logger: { warn: (m: string) => warnings.push(m) } as any,
      },
      { q: "palmania" }
    )
    expect(searched).toEqual(["ocop_product", "ocop_product_pg"])
    expect(result).toEqual(expect.objectContaining({ degraded: true, count: 1 }))
    expect(result.products[0].id).toBe("p1")
    expect(warnings[0]).toContain("unreachable")
  })
})
