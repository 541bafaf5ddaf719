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
})
