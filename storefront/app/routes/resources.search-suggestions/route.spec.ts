import { afterEach, describe, expect, it, vi } from "vitest"

const request = (q: string) =>
  new Request(
    `http://shop.test/resources/search-suggestions?q=${encodeURIComponent(q)}`
  )

// The js-sdk instance reads the backend URL when first imported: each test imports the route afresh.
async function loadRoute(backendUrl: string) {
  vi.resetModules()
  vi.stubEnv("MEDUSA_BACKEND_URL", backendUrl)
  vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test")
  return import("./route")
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe("GET /resources/search-suggestions", () => {
  it("answers a single letter with no suggestions, without asking the store API", async () => {
    const { loader } = await loadRoute("http://127.0.0.1:1")
    const response = await loader({
      request: request(" b "),
      params: {},
      context: {},
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      q: "b",
      suggestions: [],
      error: false,
    })
  })

  it("says suggestions are unavailable, with a 502, when the store API cannot be reached", async () => {
    // Port 1 refuses connections: the store API is down.
    const { loader } = await loadRoute("http://127.0.0.1:1")
    const response = await loader({
      request: request("banh"),
      params: {},
      context: {},
    })
    expect(response.status).toBe(502)
    expect(await response.json()).toEqual({
      q: "banh",
      suggestions: [],
      error: true,
    })
  })

  it("drops a picture address that is not safe to show (javascript:) and keeps an https one", async () => {
    vi.resetModules()
    const product = (id: string, thumbnail: string) => ({
      id,
      handle: id,
      title: id,
      thumbnail,
      price_vnd: 45000,
      stars: 4,
      is_ocop: true,
      origin: { commune_name: null, province_name: "Cần Thơ" },
    })
    vi.doMock("~/lib/data/ocop-search.server", () => ({
      suggestOcopProducts: async () => ({
        products: [product("a", "javascript:alert(1)"), product("b", "https://cdn.test/b.jpg")],
      }),
    }))
    const { loader } = await import("./route")
    const response = await loader({ request: request("banh"), params: {}, context: {} })
    const { suggestions } = await response.json()
    expect(suggestions.map((s: { thumbnail: string | null }) => s.thumbnail)).toEqual([null, "https://cdn.test/b.jpg"])
    vi.doUnmock("~/lib/data/ocop-search.server")
  })
})
