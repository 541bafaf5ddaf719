import type { Browser } from "playwright-core"
import { PUBLISHABLE_KEY_TITLE } from "../../scripts/lib/demo.mjs"
import { adminHeaders, call, ok } from "../../scripts/lib/shop-client.mjs"
import { backendUrl, factOf, launchBrowser, openShop, screenshot, textOf, waitForHydration } from "./support/browser"
import { vietnameseWordsOn, wordsOf } from "./support/vietnamese-text"
import { readFileSync } from "node:fs"

// The seeded catalog has an English title for every product. A product a producer lists
// later (the producer loop, in this same shop) has only its producer's Vietnamese words
// until someone translates it: its title counts as a name here.
const seededHandles = new Set<string>(
  JSON.parse(readFileSync(new URL("../../backend/src/scripts/seed/data/ocop-catalog.json", import.meta.url), "utf8")).products.map(
    (p: { handle: string }) => p.handle
  )
)

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe("the language switch", () => {
  it("turns the shop into English, keeps đồng prices and remembers the choice", async () => {
    const { page, context, errors } = await openShop(browser)
    await page.goto("/products/banh-hanh-nhan-tien-anh")
    await waitForHydration(page)
    expect(await page.getAttribute("html", "lang")).toBe("vi")

    await page.getByRole("button", { name: "English" }).click()
    await page.getByRole("heading", { name: "Origin and OCOP certificate" }).waitFor()
    expect(page.url()).toMatch(/\/products\/banh-hanh-nhan-tien-anh$/)
    expect(await page.getAttribute("html", "lang")).toBe("en")
    const provenance = page.getByRole("region", { name: "Origin and OCOP certificate" })
    expect(await factOf(provenance, "Valid until")).toBe("4 June 2027")
    expect(await factOf(provenance, "Type")).toBe("Enterprise")
    expect(await factOf(provenance, "OCOP product set")).toBe("06 · Processed rice and cereal products")
    expect(await textOf(page.locator(".product__price"))).toBe("45.000 ₫")
    expect(await page.getByRole("button", { name: "Add to cart" }).count()).toBe(1)
    expect(await textOf(page.getByRole("heading", { level: 1 }))).toBe("Vietnamese almond-shaped cookies")
    await screenshot(page, "20-product-english")

    // The choice is kept in a cookie: a fresh page load stays in English.
    await page.goto("/products?stars=5")
    await page.getByRole("heading", { name: "OCOP products" }).waitFor()
    expect(await textOf(page.getByRole("status").first())).toMatch(/^\d+ products?/)
    await screenshot(page, "21-catalog-english")

    await page.getByRole("button", { name: "Tiếng Việt" }).click()
    await page.getByRole("heading", { name: "Sản phẩm OCOP" }).waitFor()
    expect(await page.getAttribute("html", "lang")).toBe("vi")
    expect(errors).toEqual([])
    await context.close()
  })
})

const getJson = (url: string, headers: Record<string, string>): Promise<Record<string, any>> =>
  ok(call(backendUrl(), "GET", url, { headers }))

/**
 * The words a page may keep in Vietnamese in English: proper names (producers, provinces,
 * communes, sales points) and the certificate's own text (the decision, the body that
 * issued it, the address as certified), read from the store API. The certified
 * Vietnamese name is not among them (the page marks it `lang="vi"`), only the words an
 * English title keeps from it: brand and product names such as "Thiên Vương" rice or
 * "tung lò mò", a Cham sausage.
 */
async function properNames(): Promise<Set<string>> {
  const admin = await adminHeaders(backendUrl())
  const { api_keys } = await getJson("/admin/api-keys?type=publishable&limit=50", admin)
  const key = api_keys.find((k: any) => k.title === PUBLISHABLE_KEY_TITLE && !k.revoked_at)
  const store = { "x-publishable-api-key": key.token as string }
  const [{ products }, english, { sales_points }] = await Promise.all([
    getJson("/store/ocop/products?limit=100", store),
    getJson("/store/ocop/products?limit=100", { ...store, "x-medusa-locale": "en-US" }),
    getJson("/store/ocop/sales-points", store),
  ])
  // The switch back names its language; the currency is the đồng in English too.
  const names: string[] = ["Tiếng Việt", "đồng"]
  for (const p of products) {
    names.push(p.subtitle ?? "", p.producer?.name ?? "")
    names.push(p.origin.commune_name ?? "", p.origin.province_name ?? "", p.origin.address_as_certified ?? "")
    names.push(p.ocop.decision_number ?? "", p.ocop.issuing_body ?? "")
    // A name kept inside the English title may change case there ("lò mò pđăm" from "Pđăm").
    const vietnamese = new Set(wordsOf(p.title).map((w) => w.toLowerCase()))
    const title = english.products.find((e: any) => e.id === p.id)?.title ?? ""
    if (!seededHandles.has(p.handle)) {
      names.push(p.title)
      continue
    }
    expect(title, `${p.handle} has an English title`).not.toBe(p.title)
    names.push(...wordsOf(title).filter((w) => vietnamese.has(w.toLowerCase())))
  }
  for (const point of sales_points) names.push(point.name, point.province?.name ?? "", point.commune?.name ?? "")
  return new Set(names.flatMap(wordsOf))
}

describe("the shop in English", () => {
  it("shows no Vietnamese on the home, catalog and product pages but names and certificate text", async () => {
    const allowed = await properNames()
    const { page, context, errors } = await openShop(browser)
    // Every page's leftovers at once: one run names all that is still Vietnamese.
    const left: Record<string, string[]> = {}
    const check = async (name: string) => {
      const words = await vietnameseWordsOn(page, allowed)
      if (words.length) left[name] = words
    }
    await page.goto("/")
    await waitForHydration(page)
    await page.getByRole("button", { name: "English" }).click()
    await page.waitForFunction(() => document.documentElement.lang === "en")
    await page.waitForLoadState("networkidle")
    await check("home")
    await screenshot(page, "22-home-english")

    await page.goto("/products")
    await page.getByRole("heading", { name: "OCOP products" }).waitFor()
    await check("catalog")

    // Two packs and sales points (hours, addresses); a name kept inside the English title.
    for (const handle of ["banh-hanh-nhan-tien-anh", "tung-lo-mo-lap-xuong-bo-anas"]) {
      await page.goto(`/products/${handle}`)
      await page.getByRole("heading", { name: "Origin and OCOP certificate" }).waitFor()
      await check(handle)
    }
    await screenshot(page, "23-product-english")

    // Experiences are products too: their titles and terms come from the same translations.
    await page.goto("/experiences")
    await page.getByRole("link", { name: /By boat through the Trà Sư cajuput forest/ }).first().waitFor()
    expect(await page.getByText("Đi xuồng rừng tràm Trà Sư mùa nước nổi").count()).toBe(0)
    expect(left).toEqual({})
    expect(errors).toEqual([])
    await context.close()
  })
})
