import type { Browser } from "playwright-core"
import { factOf, launchBrowser, openShop, screenshot, storefrontUrl, textOf, waitForHydration } from "./support/browser"

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe("the catalog without JavaScript", () => {
  it("filters with a plain GET form and lands on a short, shareable URL", async () => {
    const { page, context } = await openShop(browser, { javaScriptEnabled: false })
    await page.goto("/products")
    const filters = page.getByRole("form", { name: "Bộ lọc" })
    await filters.getByRole("checkbox", { name: /4 trên 5 sao/ }).check()
    await filters.getByLabel("Tỉnh, thành phố").selectOption("91")
    await filters.getByRole("button", { name: "Áp dụng" }).click()
    await page.waitForURL((url) => url.search === "?stars=4&province=91")
    expect(await textOf(page.locator("#results-count"))).toMatch(/^\d+ sản phẩm$/)
    // With a province chosen, its communes become a filter too.
    await filters.getByLabel("Xã, phường, đặc khu").selectOption("30628")
    await filters.getByRole("button", { name: "Áp dụng" }).click()
    await page.waitForURL((url) => url.searchParams.get("commune") === "30628")
    expect(await page.getByRole("link", { name: "Bánh hạnh nhân Tiến Anh" }).count()).toBe(1)
    await screenshot(page, "40-catalog-no-js-commune")
    await context.close()
  })
})

describe("an expired certificate", () => {
  it("is shown as history with its end date, never as a current OCOP claim", async () => {
    const { page, context, errors } = await openShop(browser)
    await page.goto("/products/tuong-xay-thanh-ho")
    await waitForHydration(page)
    const notice = page.getByRole("note", { name: "Chứng nhận OCOP đã hết hạn" })
    expect(await textOf(notice)).toContain("Chứng nhận OCOP đã hết hạn ngày 10/10/2025.")
    expect(await page.getByText(/chứng nhận còn hiệu lực/).count()).toBe(0)
    const provenance = page.getByRole("region", { name: "Nguồn gốc và chứng nhận OCOP" })
    expect(await factOf(provenance, "Hạng sao")).toMatch(/Đã đạt 4 sao năm \d{4}/)
    await screenshot(page, "41-product-expired")

    // Search engines get the same truth: the certificate is inactive.
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}")
    expect(ld.hasCertification.certificationStatus).toBe("https://schema.org/CertificationInactive")
    expect(errors).toEqual([])
    await context.close()
  })
})

describe("provenance pages", () => {
  it("opens the printable trace page from the product's QR block, and the producer page", async () => {
    const { page, context, errors } = await openShop(browser)
    await page.goto("/products/banh-hanh-nhan-tien-anh")
    await waitForHydration(page)
    await page.getByRole("link", { name: "Mở trang truy xuất" }).click()
    await page.waitForURL("**/trace/banh-hanh-nhan-tien-anh")
    expect(await page.getByRole("img", { name: /Mã QR dẫn tới trang truy xuất .*\/trace\/banh-hanh-nhan-tien-anh/ }).count()).toBe(1)
    expect(await factOf(page.locator("main"), "Quyết định công nhận")).toBe("912/QĐ-UBND, ngày 04/06/2024")
    await page.emulateMedia({ media: "print" })
    expect(await page.locator(".site-header").isVisible()).toBe(false)
    await screenshot(page, "42-trace-print")
    await page.emulateMedia({ media: "screen" })

    await page.getByRole("link", { name: "Công ty TNHH Sản xuất - Thương mại Tiến Anh" }).click()
    await page.waitForURL("**/producers/tien-anh")
    await page.getByRole("heading", { level: 1, name: "Công ty TNHH Sản xuất - Thương mại Tiến Anh" }).waitFor()
    expect(await factOf(page.locator(".summary"), "Đơn vị hành chính hiện nay")).toBe("Xã Chợ Mới, Tỉnh An Giang")
    expect(await factOf(page.locator(".summary"), "Trước ngày 1/7/2025 gồm")).toContain("Thị trấn Chợ Mới, Huyện Chợ Mới")
    expect(await page.getByRole("link", { name: "Bánh hạnh nhân Tiến Anh" }).count()).toBe(1)
    await screenshot(page, "43-producer")
    expect(errors).toEqual([])
    await context.close()
  })

  it("answers unknown pages with a 404 page and lists every product in the sitemap", async () => {
    const { page, context } = await openShop(browser)
    const response = await page.goto("/products/khong-co-san-pham-nay")
    expect(response?.status()).toBe(404)
    await page.getByRole("heading", { name: "Không tìm thấy trang" }).waitFor()
    await screenshot(page, "44-not-found")

    const sitemap = await (await fetch(`${storefrontUrl()}/sitemap.xml`)).text()
    expect(sitemap).toContain(`${storefrontUrl()}/products/banh-hanh-nhan-tien-anh`)
    expect(sitemap).toContain(`${storefrontUrl()}/producers/tien-anh`)
    // As many product pages as the catalog says it has.
    await page.goto("/products")
    const count = Number(/^(\d+)/.exec(await textOf(page.locator("#results-count")))?.[1])
    expect(sitemap.match(/<loc>[^<]*\/products\/[^<]+<\/loc>/g)?.length).toBe(count)
    await context.close()
  })
})

describe("security headers", () => {
  it("come with every page and every data request, so the shop cannot be framed or sniffed", async () => {
    const page = await fetch(`${storefrontUrl()}/products`)
    const data = await fetch(`${storefrontUrl()}/products?_data=routes%2F_shop.products._index`)
    for (const res of [page, data]) {
      expect(res.status).toBe(200)
      expect(res.headers.get("x-content-type-options")).toBe("nosniff")
      expect(res.headers.get("x-frame-options")).toBe("DENY")
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
      expect(res.headers.get("cross-origin-opener-policy")).toBe("same-origin")
    }
  })
})

describe("on a phone", () => {
  it("keeps every page usable at 390 pixels wide", async () => {
    const { page, context, errors } = await openShop(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    for (const [path, name] of [
      ["/", "50-phone-home"],
      ["/products?stars=5&stars=4", "51-phone-catalog"],
      ["/products/banh-hanh-nhan-tien-anh", "52-phone-product"],
    ]) {
      await page.goto(path)
      await waitForHydration(page)
      // Nothing wider than the screen: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
      await screenshot(page, name)
    }
    expect(errors).toEqual([])
    await context.close()
  })
})
