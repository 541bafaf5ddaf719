import type { Browser } from "playwright-core"
import { openAdmin } from "./support/admin"
import { launchBrowser, openShop, screenshot, storefrontUrl, textOf, waitForHydration } from "./support/browser"

// Issue 20: what a shopper finds around a product (related rails, sharing, link
// previews) and the policy pages every Vietnamese shop's footer links to.
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const PRODUCT = "/products/kho-ca-sac-ran-mot-nang-ky-nhu-kho-lac"
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

describe("around a product", () => {
  it("offers the producer's other goods, the same group and the province's specialities, never the product itself", async () => {
    const { page, errors } = await openShop(browser)
    await page.goto(PRODUCT)
    await waitForHydration(page)
    const title = await textOf(page.getByRole("heading", { level: 1 }))
    const producer = page.getByRole("region", { name: "Cùng nhà sản xuất" })
    expect(await producer.getByRole("link", { name: "Cá thát lát rút xương tẩm gia vị Kỳ Như" }).count()).toBe(1)
    const group = page.getByRole("region", { name: "Cùng nhóm sản phẩm" })
    const province = page.getByRole("region", { name: "Đặc sản cùng tỉnh" })
    expect(await province.locator(".product-card").count()).toBe(4)
    for (const rail of [producer, group, province]) {
      expect(await rail.getByRole("heading", { level: 3, name: title }).count()).toBe(0)
    }
    // "See all" opens the province's page (Kỳ Như is in Cần Thơ, 92).
    const all = province.getByRole("link", { name: "Xem tất cả" })
    expect(await all.getAttribute("href")).toBe("/provinces/92")
    await all.click()
    await page.getByRole("heading", { level: 1, name: /Cần Thơ/ }).waitFor()
    expect(errors).toEqual([])
  })

  it("shares to Zalo and Facebook with plain links and copies the link, saying so", async () => {
    const { page, context, errors } = await openShop(browser)
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: storefrontUrl() })
    await page.goto(PRODUCT)
    await waitForHydration(page)
    const share = page.getByRole("group", { name: "Chia sẻ:" })
    const url = `${storefrontUrl()}${PRODUCT}`
    const zalo = new URL((await share.getByRole("link", { name: "Chia sẻ qua Zalo" }).getAttribute("href"))!)
    expect(zalo.searchParams.get("url")).toBe(url)
    const facebook = new URL((await share.getByRole("link", { name: "Chia sẻ lên Facebook" }).getAttribute("href"))!)
    expect(facebook.searchParams.get("u")).toBe(url)
    // No script of theirs on the page.
    const scripts = await page.locator("script[src]").evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src))
    expect(scripts.filter((src) => !src.startsWith(storefrontUrl()))).toEqual([])
    await share.getByRole("button", { name: "Sao chép liên kết" }).click()
    await share.getByRole("status").filter({ hasText: "Đã sao chép" }).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url)
    expect(errors).toEqual([])
  })

  it("gives chats a preview: title, description, the shop's address and a picture they can show", async () => {
    const { page } = await openShop(browser)
    await page.goto(PRODUCT)
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content")
    expect(await meta("og:url")).toBe(`${storefrontUrl()}${PRODUCT}`)
    expect(await meta("og:title")).toContain("Khô cá sặc rằn")
    expect(await meta("og:description")).toBeTruthy()
    expect(await meta("twitter:card")).toBe("summary_large_image")
    expect(await meta("og:image:alt")).toContain("sản phẩm OCOP")
    const image = (await meta("og:image"))!
    expect(image).toBe(`${storefrontUrl()}${PRODUCT}/og-image`)
    const res = await fetch(image)
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe("image/png")
    const bytes = new Uint8Array(await res.arrayBuffer())
    // PNG header: its width and height are what the page announced.
    const size = new DataView(bytes.buffer).getUint32(16)
    expect(String(size)).toBe(await meta("og:image:width"))
  })

  for (const [name, options] of [["390", PHONE], ["1280", {}]] as const) {
    it(`looks right at ${name} px: the share row under the price and the rails under the reviews`, async () => {
      const { page, errors } = await openShop(browser, options)
      await page.goto(PRODUCT)
      await waitForHydration(page)
      await page.getByRole("region", { name: "Đặc sản cùng tỉnh" }).scrollIntoViewIfNeeded()
      await screenshot(page, `20-product-rails-share-${name}`)
      expect(errors).toEqual([])
    })
  }
})

describe("the policy pages", () => {
  it("are linked from every shop page's footer", async () => {
    const { page, errors } = await openShop(browser, PHONE)
    await page.goto("/")
    await waitForHydration(page)
    const policies = page.getByRole("navigation", { name: "Chính sách" })
    expect(await policies.getByRole("link").allTextContents()).toEqual([
      "Chính sách đổi trả",
      "Chính sách bảo mật",
      "Chính sách vận chuyển",
      "Phương thức thanh toán",
    ])
    await screenshot(page, "21-footer-390")
    await policies.getByRole("link", { name: "Chính sách đổi trả" }).click()
    await page.getByRole("heading", { level: 1, name: "Chính sách đổi trả" }).waitFor()
    expect(new URL(page.url()).pathname).toBe("/pages/chinh-sach-doi-tra")
    expect(await page.getByRole("article").getByRole("listitem").count()).toBeGreaterThan(0)
    await screenshot(page, "22-policy-returns-390")
    expect(errors).toEqual([])
  })

  it("shows each page at 1280 px, and answers 404 for a page the shop does not have", async () => {
    const { page, errors } = await openShop(browser)
    for (const slug of ["chinh-sach-doi-tra", "chinh-sach-bao-mat", "chinh-sach-van-chuyen", "phuong-thuc-thanh-toan"]) {
      const res = await page.goto(`/pages/${slug}`)
      expect(res?.status()).toBe(200)
      await screenshot(page, `23-policy-${slug}-1280`)
    }
    await page.goto("/")
    await screenshot(page, "24-footer-1280")
    const missing = await page.goto("/pages/khong-co-trang-nay")
    expect(missing?.status()).toBe(404)
    expect(errors.filter((e) => !/404/.test(e))).toEqual([])
  })

  it("are written by the office in Admin, and the shop shows what it saved", async () => {
    const office = await openAdmin(browser)
    const admin = office.page
    await admin.goto("/app/ocop/shop-pages")
    const form = admin.getByRole("form", { name: "Chính sách vận chuyển" })
    await form.getByLabel("Nội dung").waitFor({ timeout: 240_000 })
    await screenshot(admin, "25-admin-policy-pages")
    await form.getByLabel("Nội dung").fill("Giao hàng trong 2 ngày ở An Giang.\n\n- Miễn phí cho đơn từ 500.000 ₫")
    await form.getByRole("button", { name: "Lưu" }).click()
    await admin.getByText('Đã lưu "Chính sách vận chuyển"').waitFor()
    await office.context.close()

    const { page } = await openShop(browser)
    await page.goto("/pages/chinh-sach-van-chuyen")
    expect(await textOf(page.getByRole("article").locator("p").first())).toBe("Giao hàng trong 2 ngày ở An Giang.")
    expect(await textOf(page.getByRole("article").getByRole("listitem"))).toBe("Miễn phí cho đơn từ 500.000 ₫")
  })
})
