// Issue 20: a producer adds and reorders a product's pictures in its portal; the product
// page shows them all (swipe strip, thumbnails, zoom). A guest hearts products on a phone,
// registers, and finds them on the account's "Yêu thích" page.
import type { Browser } from "playwright-core"
import { DEMO_PRODUCER_PASSWORD } from "../../scripts/lib/demo.mjs"
import { launchBrowser, openShop, screenshot, waitForHydration } from "./support/browser"
import { picture } from "./support/pictures"
import { getJson, officeToken, signInProducer, token } from "./support/producer"
import { uniqueEmail } from "./support/shop"

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const HANDLE = "coc-say-deo-thanh-nam"
const PRODUCER = "Hộ kinh doanh Trà mãng cầu Thanh Nam"

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function producerLogin() {
  const { members } = await getJson<{ members: { email: string; producer: { name: string } }[] }>(
    "/admin/ocop/producer-members?status=active&limit=100",
    await officeToken()
  )
  const member = members.find((m) => m.producer.name === PRODUCER)
  if (!member) throw new Error(`no portal login for ${PRODUCER}`)
  return { email: member.email, password: DEMO_PRODUCER_PASSWORD }
}

type Listing = { id: string; handle: string; title: string; images: string[] }
async function listing(producerToken: string) {
  const { products } = await getJson<{ products: Listing[] }>("/producer/products", producerToken)
  return products.find((p) => p.handle === HANDLE)!
}

describe("product pictures", () => {
  it("a producer adds two pictures and makes the last one the cover; the product page shows all three, swipes and zooms", async () => {
    const login = await producerLogin()
    const producerToken = await token("producer", login.email, login.password)
    const before = await listing(producerToken)
    expect(before.images).toHaveLength(1)

    const portal = await openShop(browser)
    await signInProducer(portal.page, login, `/producer/listings/${before.id}`)
    const page = portal.page
    await waitForHydration(page)
    await page.getByLabel("Ảnh sản phẩm").setInputFiles([
      picture("coc-say-hop.png", [46, 125, 50], [255, 193, 7]),
      picture("coc-say-dia.png", [21, 101, 192], [255, 255, 255]),
    ])
    await page.getByRole("button", { name: "Lưu thay đổi" }).click()
    await page.getByText("Đã lưu thay đổi.").waitFor()
    const added = await listing(producerToken)
    expect(added.images).toHaveLength(3)
    expect(added.images[0]).toBe(before.images[0])

    // The last picture becomes the cover: position 1; the others follow in their order.
    await waitForHydration(page)
    await page.getByLabel("Thứ tự ảnh 3").fill("1")
    await page.getByLabel("Thứ tự ảnh 1").fill("2")
    await page.getByLabel("Thứ tự ảnh 2").fill("3")
    await screenshot(page, "gallery-01-producer-order-1280")
    // The notice of the first save is still on the page: wait for this save's answer.
    const saved = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes(`/producer/listings/${before.id}`))
    await page.getByRole("button", { name: "Lưu thay đổi" }).click()
    expect((await saved).status()).toBeLessThan(400)
    await expect
      .poll(async () => (await listing(producerToken)).images, { timeout: 20_000 })
      .toEqual([added.images[2], added.images[0], added.images[1]])
    const reordered = await listing(producerToken)
    expect(portal.errors).toEqual([])
    await portal.context.close()

    // A phone: one picture at a time in a strip that scrolls sideways, thumbnails below.
    const phone = await openShop(browser, PHONE)
    await phone.page.goto(`/products/${HANDLE}`)
    await waitForHydration(phone.page)
    const gallery = phone.page.getByRole("region", { name: "Hình ảnh sản phẩm" })
    expect(await gallery.getByRole("button", { name: /Phóng to ảnh/ }).count()).toBe(3)
    expect(await gallery.locator(".gallery__slide img").first().getAttribute("src")).toBe(reordered.images[0])
    const strip = gallery.locator(".gallery__track")
    expect(await strip.evaluate((el) => getComputedStyle(el).scrollSnapType)).toContain("x mandatory")
    expect(await strip.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
    await gallery.getByRole("link", { name: "Ảnh 2 trên 3" }).click()
    await expect.poll(() => gallery.getByRole("link", { name: "Ảnh 2 trên 3" }).getAttribute("aria-current"), { timeout: 10_000 }).toBe("true")
    // The strip itself moved to the second picture (snapped, not half-way).
    await expect
      .poll(() => strip.evaluate((el) => Math.round(el.scrollLeft) === el.clientWidth), { timeout: 10_000 })
      .toBe(true)
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(phone.page, "gallery-02-product-390", { fullPage: false })
    expect(phone.errors).toEqual([])
    await phone.context.close()

    // A desktop: the picture opens large in a dialog from the keyboard, Escape closes it.
    const desk = await openShop(browser)
    await desk.page.goto(`/products/${HANDLE}`)
    await waitForHydration(desk.page)
    await screenshot(desk.page, "gallery-03-product-1280", { fullPage: false })
    const zoom = desk.page.getByRole("region", { name: "Hình ảnh sản phẩm" }).getByRole("button", { name: "Phóng to ảnh 1" })
    await zoom.focus()
    await desk.page.keyboard.press("Enter")
    const dialog = desk.page.getByRole("dialog")
    await dialog.waitFor()
    expect(await dialog.locator("img").getAttribute("src")).toBe(reordered.images[0])
    await screenshot(desk.page, "gallery-04-zoom-1280", { fullPage: false })
    await desk.page.keyboard.press("Escape")
    await dialog.waitFor({ state: "hidden" })
    expect(desk.errors).toEqual([])
    await desk.context.close()
  }, 240_000)
})

describe("wishlist", () => {
  it("a guest hearts products on a phone, registers, and finds them under Yêu thích; nobody else sees them", async () => {
    const { page, context, errors } = await openShop(browser, PHONE)
    await page.goto("/products")
    await waitForHydration(page)
    const firstCard = page.locator(".product-card").first()
    const cardHeart = firstCard.getByRole("button", { name: /^Yêu thích: / })
    const cardTitle = ((await cardHeart.getAttribute("aria-label")) ?? "").replace(/^Yêu thích: /, "")
    expect(await cardHeart.getAttribute("aria-pressed")).toBe("false")
    await cardHeart.click()
    expect(await cardHeart.getAttribute("aria-pressed")).toBe("true")

    await page.goto(`/products/${HANDLE}`)
    await waitForHydration(page)
    const title = (await page.getByRole("heading", { level: 1 }).textContent())!.trim()
    const pageHeart = page.getByRole("button", { name: `Yêu thích: ${title}` })
    await pageHeart.click()
    expect(await pageHeart.getAttribute("aria-pressed")).toBe("true")
    // Kept in this browser only: the server knows no guest.
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem("ocop.wishlist") ?? "[]").length)).toBe(cardTitle === title ? 1 : 2)

    await page.goto("/account/register")
    await waitForHydration(page)
    await page.getByLabel("Họ và tên").fill("Đỗ Thị Hạnh")
    await page.getByLabel("Email").fill(uniqueEmail("yeu.thich"))
    await page.getByLabel("Mật khẩu", { exact: true }).fill("mat-khau-yeu-thich")
    await page.getByLabel("Nhập lại mật khẩu").fill("mat-khau-yeu-thich")
    await page.getByRole("button", { name: "Tạo tài khoản" }).click()
    await page.waitForURL("**/account")
    // Merged into the account at sign-in, then forgotten by the browser.
    await page.waitForFunction(() => localStorage.getItem("ocop.wishlist") === null)

    await page.getByRole("link", { name: "Yêu thích" }).click()
    await page.waitForURL("**/account/wishlist")
    await page.getByRole("heading", { level: 1, name: "Sản phẩm yêu thích" }).waitFor()
    const cards = page.locator(".product-card")
    const titles = await cards.locator(".product-card__title").allTextContents()
    expect(new Set(titles.map((t) => t.trim()))).toEqual(new Set([cardTitle, title]))
    for (const heart of await cards.getByRole("button", { name: /^Yêu thích: / }).all()) {
      expect(await heart.getAttribute("aria-pressed")).toBe("true")
    }
    await screenshot(page, "wishlist-01-390")
    await page.setViewportSize({ width: 1280, height: 900 })
    await screenshot(page, "wishlist-02-1280")

    // Un-hearting takes it off the list.
    await waitForHydration(page)
    await page.getByRole("button", { name: `Yêu thích: ${title}` }).click()
    await expect.poll(() => cards.count(), { timeout: 20_000 }).toBe(titles.length - 1)

    // Another browser, another guest: an empty list, no hearts pressed.
    const other = await openShop(browser)
    await other.page.goto(`/products/${HANDLE}`)
    await waitForHydration(other.page)
    expect(await other.page.getByRole("button", { name: `Yêu thích: ${title}` }).getAttribute("aria-pressed")).toBe("false")
    await other.context.close()

    expect(errors).toEqual([])
    await context.close()
  }, 180_000)
})
