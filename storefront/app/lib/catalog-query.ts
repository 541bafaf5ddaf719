// The catalog's filter state lives in the URL. This turns search params into a
// checked query (dropping what is invalid instead of failing) and back into links.

export const sortOrders = [
  "recommended",
  "-stars",
  "stars",
  "price",
  "-price",
  "title",
  "-title",
  "-created_at",
  "-valid_until",
] as const
export type SortOrder = (typeof sortOrders)[number]

export const PAGE_SIZE = 12

export type CatalogQuery = {
  q?: string
  stars: number[]
  status?: "active" | "expired"
  province?: string
  commune?: string
  category?: string
  producer?: string
  min_price?: number
  max_price?: number
  order: SortOrder
  page: number
}

export type ParsedCatalogQuery = { query: CatalogQuery; ignored: string[] }

const patterns: Record<"province" | "commune" | "category" | "producer", RegExp> = {
  province: /^\d{2}$/,
  commune: /^\d{5}$/,
  category: /^\d{2}$/,
  producer: /^[a-z0-9_-]{1,100}$/i,
}

function nonNegativeInt(value: string): number | undefined {
  if (!/^\d{1,12}$/.test(value.replace(/[.\s]/g, ""))) return undefined
  return Number(value.replace(/[.\s]/g, ""))
}

export function parseCatalogQuery(params: URLSearchParams): ParsedCatalogQuery {
  const ignored = new Set<string>()
  const query: CatalogQuery = { stars: [], order: "recommended", page: 1 }
  const first = (name: string) => {
    const value = params.get(name)?.trim()
    return value ? value : undefined
  }

  const q = first("q")
  if (q) query.q = q.slice(0, 100)

  for (const raw of params.getAll("stars").flatMap((v) => v.split(","))) {
    if (!raw.trim()) continue
    const stars = Number(raw)
    if (Number.isInteger(stars) && stars >= 1 && stars <= 5) {
      if (!query.stars.includes(stars)) query.stars.push(stars)
    } else ignored.add("stars")
  }
  query.stars.sort((a, b) => b - a)

  const status = first("status")
  if (status === "active" || status === "expired") query.status = status
  else if (status && status !== "all") ignored.add("status")

  for (const name of ["province", "commune", "category", "producer"] as const) {
    const value = first(name)
    if (!value) continue
    if (patterns[name].test(value)) query[name] = value
    else ignored.add(name)
  }

  for (const name of ["min_price", "max_price"] as const) {
    const value = first(name)
    if (!value) continue
    const amount = nonNegativeInt(value)
    if (amount === undefined) ignored.add(name)
    else query[name] = amount
  }
  if (query.min_price !== undefined && query.max_price !== undefined && query.min_price > query.max_price) {
    ignored.add("max_price")
    delete query.max_price
  }

  const order = first("order")
  if (order && (sortOrders as readonly string[]).includes(order)) query.order = order as SortOrder
  else if (order) ignored.add("order")

  const page = first("page")
  if (page) {
    const n = Number(page)
    if (Number.isInteger(n) && n >= 1 && n <= 1000) query.page = n
    else ignored.add("page")
  }

  return { query, ignored: [...ignored] }
}

/** Query parameters for GET /store/ocop/products. */
export function toApiQuery(query: CatalogQuery, pageSize = PAGE_SIZE): Record<string, string | number> {
  const api: Record<string, string | number> = { limit: pageSize, offset: (query.page - 1) * pageSize }
  if (query.q) api.q = query.q
  if (query.stars.length) api.stars = query.stars.join(",")
  if (query.status) api.status = query.status
  if (query.province) api.province = query.province
  if (query.commune) api.commune = query.commune
  if (query.category) api.category = query.category
  if (query.producer) api.producer = query.producer
  if (query.min_price !== undefined) api.min_price = query.min_price
  if (query.max_price !== undefined) api.max_price = query.max_price
  if (query.order !== "recommended") api.order = query.order
  return api
}

/** Search params for a catalog link; defaults are left out so URLs stay short. */
export function toSearchParams(query: CatalogQuery): URLSearchParams {
  const params = new URLSearchParams()
  if (query.q) params.set("q", query.q)
  for (const stars of query.stars) params.append("stars", String(stars))
  if (query.status) params.set("status", query.status)
  if (query.province) params.set("province", query.province)
  if (query.commune) params.set("commune", query.commune)
  if (query.category) params.set("category", query.category)
  if (query.producer) params.set("producer", query.producer)
  if (query.min_price !== undefined) params.set("min_price", String(query.min_price))
  if (query.max_price !== undefined) params.set("max_price", String(query.max_price))
  if (query.order !== "recommended") params.set("order", query.order)
  if (query.page > 1) params.set("page", String(query.page))
  return params
}

export function catalogHref(pathname: string, query: CatalogQuery, changes: Partial<CatalogQuery> = {}): string {
  // Any change of filter starts again at page 1.
  const next = { ...query, page: 1, ...changes }
  const search = toSearchParams(next).toString()
  return search ? `${pathname}?${search}` : pathname
}
