import { beforeAll, describe, expect, it } from "vitest"
import { buildForBudget, measurePages, readBudget } from "./bundle-budget.mjs"

type Page = { id: string; kb: number; chunks: { file: string; source: string; kb: number }[] }

// Bundle size is deterministic: this reads a production build, it times nothing. The
// build is the budget's own (.cache/budget-build, made when missing or older than app/),
// never build/, which a running storefront or the browser tests' may be serving.
describe("JavaScript budget", () => {
  let pages: Page[]
  const budget = readBudget() as { max_gzip_kb_per_page: number; pages_over_budget?: Record<string, number> }

  beforeAll(() => {
    buildForBudget()
    pages = measurePages()
  }, 600_000)

  it("finds the pages in the build's manifest", () => {
    expect(pages.length).toBeGreaterThan(10)
    expect(pages.map((p) => p.id)).toEqual(expect.arrayContaining([expect.stringMatching(/products\.\$handle$/)]))
  })

  it(`keeps every page within its gzip budget (${budget.max_gzip_kb_per_page} KB unless bundle-budget.json says otherwise)`, () => {
    const over = pages.flatMap((page) => {
      const limit = budget.pages_over_budget?.[page.id.replace(/^routes\/(_shop\.)?/, "")] ?? budget.max_gzip_kb_per_page
      if (page.kb <= limit) return []
      const biggest = page.chunks
        .slice(0, 4)
        .map((c) => `${c.source} ${c.kb} KB`)
        .join(", ")
      return [`${page.id}: ${page.kb} KB > ${limit} KB (biggest: ${biggest})`]
    })
    expect(over).toEqual([])
  })
})
