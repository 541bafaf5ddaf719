import type { Browser } from "playwright-core"
import { factOf, launchBrowser, openShop, screenshot, textOf, waitForHydration } from "./support/browser"

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
    expect(await page.getByText("Vietnamese almond-shaped cookies").count()).toBeGreaterThan(0)
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
