import type { Logger, SearchTypes } from "@medusajs/framework/types"
import {
  AbstractSearchProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
// meilisearch is an ES module: imported dynamically from this CommonJS build.
import type { Meilisearch } from "meilisearch" with { "resolution-mode": "import" }
import { toMeilisearchFilter } from "./filters"
import { filterableFields, meilisearchSettings } from "./settings"

export type MeilisearchProviderOptions = {
  host: string
  api_key?: string
  /** Documents per addDocuments request. */
  batch_size?: number
  /** How long a write may take before waitForTask gives up. */
  task_timeout_ms?: number
  synonyms?: Record<string, string[]>
}

/** Thrown when Meilisearch cannot be reached, so callers can fall back. */
export const SEARCH_ENGINE_UNREACHABLE = "search_engine_unreachable"

function unreachable(error: any): boolean {
  const text = `${error?.name ?? ""} ${error?.message ?? ""} ${error?.cause?.code ?? ""} ${error?.cause?.message ?? ""}`
  return /MeilisearchRequestError|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|fetch failed|socket hang up|aborted|timed out/i.test(
    text
  )
}

/**
 * A Search Module provider for Meilisearch, with the official `meilisearch`
 * client. Writes are asynchronous in Meilisearch: they return enqueued tasks
 * that `waitForTask` polls.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "meilisearch"

  protected client_: Promise<Meilisearch>
  protected logger_?: Logger
  protected options_: MeilisearchProviderOptions

  constructor(
    { logger }: { logger?: Logger },
    options: MeilisearchProviderOptions
  ) {
    super()
    if (!options?.host) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        "The Meilisearch search provider needs a host (MEILISEARCH_HOST)"
      )
    }
    this.logger_ = logger
    this.options_ = options
    this.client_ = import("meilisearch").then(
      ({ Meilisearch }) =>
        new Meilisearch({ host: options.host, apiKey: options.api_key })
    )
  }

  /** Runs a client call, turning a connection failure into an error callers can recognise. */
  protected async call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (error: any) {
      if (unreachable(error)) {
        const wrapped = new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Meilisearch is unreachable (${what}): ${error?.message ?? error}`,
          SEARCH_ENGINE_UNREACHABLE
        )
        ;(wrapped as any).cause = error
        throw wrapped
      }
      throw error
    }
  }

  protected enqueued(index: string, task: { taskUid: number }): SearchTypes.SearchTask {
    return { id: String(task.taskUid), index, status: "enqueued" }
  }

  async upsertIndex({
    index,
  }: {
    index: SearchTypes.ResolvedSearchIndexDefinition
  }): Promise<SearchTypes.SearchTask> {
    for (const field of Object.values(index.fields)) {
      const types = typeof field.facetable === "object" ? field.facetable.types ?? [] : []
      if (field.type === "geo" || field.type === "vector")
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `The Meilisearch provider does not support ${field.type} fields`
        )
      if (types.includes("range") && !["integer", "float", "date"].includes(field.type))
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "Range facets need a numeric or date field"
        )
    }
    return await this.call("upsertIndex", async () => {
      const created = await (await this.client_)
        .createIndex(index.physical_name, { primaryKey: index.primary_key })
        .waitTask({ timeout: this.options_.task_timeout_ms })
      if (created.status === "failed" && created.error?.code !== "index_already_exists") {
        return {
          index: index.physical_name,
          status: "failed",
          error: { message: created.error?.message ?? "index creation failed", code: created.error?.code },
        }
      }
      const task = await (await this.client_)
        .index(index.physical_name)
        .updateSettings(
          meilisearchSettings(index, this.options_.synonyms) as any
        )
      return this.enqueued(index.physical_name, task)
    })
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    return await this.call("deleteIndex", async () =>
      this.enqueued(index, await (await this.client_).deleteIndex(index))
    )
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    return await this.call("listIndexes", async () => {
      const client = await this.client_
      const [{ results }, stats] = await Promise.all([
        client.getRawIndexes({ limit: 1000 }),
        client.getStats(),
      ])
      return results.map((index) => ({
        name: index.uid,
        provider: MeilisearchSearchService.identifier,
        document_count: stats.indexes?.[index.uid]?.numberOfDocuments ?? 0,
        created_at: index.createdAt ? new Date(index.createdAt) : undefined,
        updated_at: index.updatedAt ? new Date(index.updatedAt) : undefined,
      }))
    })
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    if (!documents.length) return { index, status: "succeeded" }
    const size = this.options_.batch_size ?? 1000
    return await this.call("upsertDocuments", async () => {
      const target = (await this.client_).index(index)
      let last: { taskUid: number } | undefined
      for (let i = 0; i < documents.length; i += size) {
        // Earlier batches are waited on here; the module waits on the last one.
        if (last) await this.waitForTask(this.enqueued(index, last))
        last = await target.addDocuments(documents.slice(i, i + size), {
          primaryKey: definition.primary_key,
        })
      }
      return this.enqueued(index, last!)
    })
  }

  async deleteDocuments({
    index,
    filters,
  }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const keys = Object.keys(filters)
    const ids = keys.length === 1 && keys[0] === "id" ? idList(filters.id) : undefined
    return await this.call("deleteDocuments", async () => {
      const target = (await this.client_).index(index)
      if (ids) {
        if (!ids.length) return { index, status: "succeeded" as const }
        return this.enqueued(index, await target.deleteDocuments(ids))
      }
      const filter = toMeilisearchFilter(filters)
      if (!filter) return { index, status: "succeeded" as const }
      return this.enqueued(index, await target.deleteDocuments({ filter }))
    })
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    return await this.call("clearIndex", async () =>
      this.enqueued(index, await (await this.client_).index(index).deleteAllDocuments())
    )
  }

  async waitForTask(
    task: SearchTypes.SearchTask,
    options?: { timeout_ms?: number }
  ): Promise<SearchTypes.SearchTask> {
    if (!task.id) return task
    const done = await this.call("waitForTask", async () =>
      (await this.client_).tasks.waitForTask(Number(task.id), {
        timeout: options?.timeout_ms ?? this.options_.task_timeout_ms ?? 60_000,
      })
    )
    return done.status === "succeeded"
      ? { ...task, status: "succeeded" }
      : {
          ...task,
          status: "failed",
          error: { message: done.error?.message ?? done.status, code: done.error?.code },
        }
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** One multi-search round trip for the queries and their range facets. */
  async searchMany(
    inputs: SearchTypes.ProviderSearchQuery[]
  ): Promise<SearchTypes.SearchResult[]> {
    const queries: any[] = []
    const plans = inputs.map((input) => {
      const base = toSearchRequest(input)
      const at = queries.push(base) - 1
      const ranges = rangeFacets(input).map((facet) => ({
        facet,
        at: facet.ranges.map((range) => {
          const bounds = [
            range.from !== undefined ? `${facet.field} >= ${Number(range.from)}` : undefined,
            range.to !== undefined ? `${facet.field} < ${Number(range.to)}` : undefined,
          ].filter(Boolean)
          return (
            queries.push({
              ...base,
              filter: [base.filter, ...bounds].filter(Boolean).join(" AND ") || undefined,
              facets: undefined,
              offset: 0,
              limit: 0,
            }) - 1
          )
        }),
      }))
      return { input, at, ranges }
    })
    const { results } = (await this.call("search", async () =>
      (await this.client_).multiSearch({ queries })
    )) as { results: any[] }
    return plans.map(({ input, at, ranges }) =>
      toSearchResult(input, results[at], ranges.map(({ facet, at }) => ({
        facet,
        counts: at.map((i) => results[i].estimatedTotalHits ?? results[i].totalHits ?? 0),
      })))
    )
  }
}

function idList(value: unknown): string[] | undefined {
  if (typeof value === "string") return [value]
  if (Array.isArray(value)) return value.map(String)
  if (value && typeof value === "object" && Array.isArray((value as any).$in))
    return (value as any).$in.map(String)
  if (value && typeof value === "object" && typeof (value as any).$eq === "string")
    return [(value as any).$eq]
  return undefined
}

type RangeFacet = Extract<SearchTypes.SearchFacetRequest, { type: "range" }>

function facetRequests(input: SearchTypes.ProviderSearchQuery) {
  return (input.search_options?.facets ?? []).map(
    (f): SearchTypes.SearchFacetRequest =>
      typeof f === "string" ? { field: f, type: "value" } : f
  )
}

function rangeFacets(input: SearchTypes.ProviderSearchQuery): RangeFacet[] {
  return facetRequests(input).filter((f): f is RangeFacet => f.type === "range")
}

const MATCHING: Record<string, string> = { all: "all", last: "last", any: "frequency" }

/** The Meilisearch search request for one provider query. */
export function toSearchRequest(input: SearchTypes.ProviderSearchQuery) {
  const options = input.search_options ?? {}
  if (options.vector)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The Meilisearch provider does not support vector search")
  if (input.pagination?.cursor !== undefined)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The Meilisearch provider does not support cursor pagination")
  const facets = facetRequests(input).filter((f) => f.type !== "range")
  const sort = Object.entries(input.pagination?.order ?? {})
    .filter(([field]) => field !== "_score")
    .map(([field, dir]) => `${field}:${dir === "DESC" ? "desc" : "asc"}`)
  const filter = toMeilisearchFilter(input.filters, filterableFields(input.index))
  return {
    indexUid: input.index.physical_name,
    q: input.q ?? "",
    ...(filter ? { filter } : {}),
    ...(facets.length ? { facets: [...new Set(facets.map((f) => f.field))] } : {}),
    ...(sort.length ? { sort } : {}),
    offset: input.pagination?.skip ?? 0,
    limit: input.pagination?.take ?? 20,
    attributesToRetrieve: input.attributes_to_retrieve,
    ...(options.attributes_to_search_on ? { attributesToSearchOn: options.attributes_to_search_on } : {}),
    ...(options.match_strategy ? { matchingStrategy: MATCHING[options.match_strategy] } : {}),
    ...(options.include_score || options.min_score !== undefined ? { showRankingScore: true } : {}),
    ...(options.min_score !== undefined ? { rankingScoreThreshold: options.min_score } : {}),
    ...(options.distinct ? { distinct: options.distinct } : {}),
    ...(options.locales?.length ? { locales: options.locales } : {}),
  }
}

/** Maps a Meilisearch search response to the Search Module's result shape. */
export function toSearchResult(
  input: SearchTypes.ProviderSearchQuery,
  response: any,
  ranges: { facet: RangeFacet; counts: number[] }[] = []
): SearchTypes.SearchResult {
  const pk = input.index.primary_key
  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  for (const request of facetRequests(input)) {
    if (request.type === "stats") {
      const stats = response.facetStats?.[request.field]
      facets[request.field] = {
        type: "stats",
        min: stats?.min ?? 0,
        max: stats?.max ?? 0,
        count: Object.values(
          (response.facetDistribution?.[request.field] ?? {}) as Record<string, number>
        ).reduce((a, b) => a + Number(b), 0),
      }
    } else if (request.type !== "range") {
      const distribution = response.facetDistribution?.[request.field] ?? {}
      let values = Object.entries(distribution).map(([value, count]) => ({
        value,
        count: Number(count),
      }))
      values =
        request.sort === "alpha"
          ? values.sort((a, b) => a.value.localeCompare(b.value))
          : values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      if (request.limit) values = values.slice(0, request.limit)
      facets[request.field] = { type: "value", values }
    }
  }
  for (const { facet, counts } of ranges) {
    facets[facet.field] = {
      type: "range",
      ranges: facet.ranges.map((r, i) => ({
        key: r.key ?? `${r.from ?? "*"}-${r.to ?? "*"}`,
        from: r.from,
        to: r.to,
        count: counts[i],
      })),
    }
  }
  const count =
    input.search_options?.count === "none"
      ? null
      : response.totalHits ?? response.estimatedTotalHits ?? response.hits?.length ?? 0
  return {
    hits: (response.hits ?? []).map((hit: any) => {
      const { _rankingScore, _formatted, _matchesPosition, ...document } = hit
      return {
        id: String(hit[pk]),
        ...(input.search_options?.include_score ? { score: _rankingScore } : {}),
        document,
      }
    }),
    ...(Object.keys(facets).length ? { facets } : {}),
    metadata: {
      skip: input.pagination?.skip ?? 0,
      take: input.pagination?.take ?? 20,
      count,
      query: input.q,
      processing_time_ms: response.processingTimeMs,
    },
  }
}
