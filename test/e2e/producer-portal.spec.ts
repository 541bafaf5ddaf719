import type { Browser, Page } from "playwright-core"
import { DEMO_ADMIN, DEMO_PRODUCER_PASSWORD } from "../../scripts/lib/demo.mjs"
import { backendUrl, launchBrowser, openShop, screenshot, textOf, waitForHydration } from "./support/browser"
import { uniqueEmail } from "./support/shop"

// A 1×1 PNG: the certificate scan a producer uploads.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
)
const scan = (name: string) => ({ name, mimeType: "image/png", buffer: PNG })

async function token(actor: "user" | "producer", email: string, password: string) {
  const res = await fetch(`${backendUrl()}/auth/${actor}/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new Error(`${actor} sign-in failed: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

async function getJson<T>(path: string, bearer: string): Promise<T> {
  const res = await fetch(`${backendUrl()}${path}`, { headers: { authorization: `Bearer ${bearer}` } })
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`)
  return (await res.json()) as T
}

/** A seeded producer's portal login, as the office's list of active members gives it. */
async function seededProducer() {
  const admin = await token("user", DEMO_ADMIN.email, DEMO_ADMIN.password)
  const { members } = await getJson<{ members: { email: string; producer: { name: string } }[] }>(
    "/admin/ocop/producer-members?status=active&limit=50",
    admin
  )
  const member = members.find((m) => m.email.endsWith("@producer.ocop-market.local"))
  if (!member) throw new Error("the seed has no producer login")
  return { email: member.email, password: DEMO_PRODUCER_PASSWORD, name: member.producer.name }
}

type ApiListing = {
  id: string
  title: string
  handle: string
  status: string
  variants: { title: string; price_vnd: number | null }[]
  certifications: unknown[]
}

/** The listing as the producer API has it (what was written, checked outside the browser). */
async function listingTitled(producerToken: string, title: string) {
  const { products } = await getJson<{ products: ApiListing[] }>("/producer/products", producerToken)
  return products.find((p) => p.title === title)
}

function daysAgo(days: number) {
  return new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
}

async function signIn(page: Page, producer: { email: string; password: string }) {
  await page.goto("/producer")
  await page.waitForURL("**/producer/login?redirectTo=%2Fproducer")
  await waitForHydration(page)
  await page.getByLabel("Email").fill(producer.email)
  await page.getByLabel("Mật khẩu").fill(producer.password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await page.waitForURL(/\/producer$/)
}

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe("the producer portal and the office's review", () => {
  it("a producer lists a product with a price and submits its certificate; it reaches the store only after the office approves it in Medusa Admin", async () => {
    const producer = await seededProducer()
    const producerToken = await token("producer", producer.email, producer.password)
    const title = `Mắm cá linh thử nghiệm ${Date.now().toString(36)}`
    const { page, context, errors } = await openShop(browser)

    await signIn(page, producer)
    await page.getByRole("heading", { name: `Xin chào ${producer.name}` }).waitFor()
    await screenshot(page, "producer-01-overview")

    // A draft listing with one pack at 45.000 ₫. (No picture here: the File Module's local
    // provider answers with http://localhost:9000/static URLs whatever port the backend has.)
    await page.getByRole("link", { name: "Đăng sản phẩm mới" }).click()
    await page.waitForURL("**/producer/listings/new")
    await waitForHydration(page)
    await page.getByLabel("Tên sản phẩm").fill(title)
    await page.getByLabel("Bộ tiêu chí OCOP (nhóm sản phẩm)").selectOption("09")
    await page.getByLabel("Mô tả").fill("Mắm cá linh ủ chượp theo cách truyền thống của vùng lũ An Giang.")
    await page.getByLabel("Khối lượng tịnh (gam)").fill("500")
    await page.getByLabel("Tên quy cách (ví dụ: Hộp 500 g)").fill("Hũ 500 g")
    await page.getByLabel("Giá bán (đồng)").fill("45.000")
    await screenshot(page, "producer-02-new-listing")
    await page.getByRole("button", { name: "Lưu bản nháp" }).click()
    await page.waitForURL(/\/producer\/listings\/[^/]+\/certificate$/)
    await page.getByText("Đã lưu bản nháp.", { exact: false }).waitFor()

    const draft = await listingTitled(producerToken, title)
    expect(draft).toEqual(expect.objectContaining({ status: "draft", certifications: [] }))
    expect(draft!.variants).toEqual([expect.objectContaining({ title: "Hũ 500 g", price_vnd: 45000 })])

    // A 5★ claimed at district level: the API refuses it, the form says so next to the level, nothing is submitted.
    await waitForHydration(page)
    await page.getByLabel("Số quyết định").fill("1234/QĐ-UBND")
    await page.getByLabel("Ngày quyết định").fill(daysAgo(30))
    await page.getByLabel("Cấp công nhận").selectOption("district")
    await page.getByLabel("Hạng sao").selectOption("5")
    await page.getByLabel("Điểm (0–100)").fill("92")
    await page.getByLabel("Tỉnh, thành nơi sản xuất").selectOption("91")
    await page.getByLabel("Bản scan giấy chứng nhận").setInputFiles(scan("giay-chung-nhan.png"))
    await page.getByRole("button", { name: "Gửi để văn phòng OCOP duyệt" }).click()
    const level = page.getByLabel("Cấp công nhận")
    await page.locator("select[aria-invalid='true']").first().waitFor()
    expect(await level.getAttribute("aria-invalid")).toBe("true")
    const levelErrorId = (await level.getAttribute("aria-describedby"))!.split(" ").find((id) => id.includes("error"))!
    expect(await textOf(page.locator(`[id="${levelErrorId}"]`))).toContain("5 sao do Trung ương công nhận")
    expect(await page.getByLabel("Hạng sao").getAttribute("aria-invalid")).not.toBe("true")
    await screenshot(page, "producer-03-certificate-refused")
    expect((await listingTitled(producerToken, title))!.certifications).toHaveLength(0)

    // Corrected: 4★, 78 points, province level.
    await level.selectOption("province")
    await page.getByLabel("Hạng sao").selectOption("4")
    await page.getByLabel("Điểm (0–100)").fill("78")
    await page.getByLabel("Bản scan giấy chứng nhận").setInputFiles(scan("giay-chung-nhan.png"))
    await page.getByRole("button", { name: "Gửi để văn phòng OCOP duyệt" }).click()
    await page.waitForURL(/\/producer\/listings$/)
    await page.getByText("Đã gửi chứng nhận; đang chờ văn phòng OCOP duyệt.").waitFor()
    const row = page.locator(".listing-row").filter({ hasText: title })
    expect(await textOf(row)).toMatch(/chờ duyệt/i)
    expect(await textOf(row)).toContain("45.000 ₫")
    await screenshot(page, "producer-04-listings-pending")

    // Not in the store before approval.
    const handle = draft!.handle
    const logged = errors.length
    const before = await page.goto(`/products/${handle}`)
    expect(before?.status()).toBe(404)
    await page.getByRole("heading", { name: "Không tìm thấy trang" }).waitFor()
    // The browser logs the page's own 404 as a failed resource: expected here, and only that.
    await expect.poll(() => errors.length).toBeGreaterThan(logged)
    expect(errors.splice(logged)).toEqual(["Failed to load resource: the server responded with a status of 404 (Not Found)"])

    // The office approves it in Medusa Admin.
    const office = await browser.newContext({ baseURL: backendUrl(), viewport: { width: 1440, height: 900 }, locale: "vi-VN" })
    office.setDefaultTimeout(60_000)
    const admin = await office.newPage()
    // The admin is served by Vite in development mode: its first page can take a while to compile.
    await admin.goto("/app/login", { timeout: 240_000 })
    await admin.locator("input[name='email']").waitFor({ timeout: 240_000 })
    await admin.locator("input[name='email']").fill(DEMO_ADMIN.email)
    await admin.locator("input[name='password']").fill(DEMO_ADMIN.password)
    await admin.locator("button[type='submit']").click()
    await admin.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 120_000 })
    await admin.goto("/app/ocop/review")
    const pending = admin.getByRole("row").filter({ hasText: title })
    await pending.waitFor()
    expect(await textOf(pending)).toContain("4 sao · 78 điểm")
    await screenshot(admin, "producer-05-office-review-queue")
    await pending.getByRole("button", { name: "Duyệt" }).click()
    await admin.getByRole("alertdialog").getByRole("button", { name: "Duyệt" }).click()
    await admin.getByText("Đã duyệt chứng nhận").first().waitFor()
    await pending.waitFor({ state: "detached" })
    await office.close()

    // In the store, with its stars.
    const after = await page.goto(`/products/${handle}`)
    expect(after?.status()).toBe(200)
    await page.getByRole("heading", { level: 1, name: title }).waitFor()
    const claim = page.locator(".current-cert")
    expect(await textOf(claim)).toContain("Sản phẩm OCOP 4 sao, chứng nhận còn hiệu lực")
    expect(await claim.getByRole("img", { name: "4 trên 5 sao" }).count()).toBe(1)
    await screenshot(page, "producer-06-store-product-approved")

    // The producer sees it approved, with a link to the store.
    await page.goto("/producer/listings")
    const approved = page.locator(".listing-row").filter({ hasText: title })
    expect(await textOf(approved)).toContain("Đã duyệt")
    expect(await approved.getByRole("link", { name: "Xem trên cửa hàng" }).getAttribute("href")).toBe(`/products/${handle}`)

    // The price of a published listing changes at once, without going back to review.
    await approved.getByRole("link", { name: `Sửa ${title}` }).click()
    await page.waitForURL(/\/producer\/listings\/[^/]+$/)
    await waitForHydration(page)
    await page.getByText("Đổi hạng sao hay thông tin chứng nhận là gửi chứng nhận mới", { exact: false }).waitFor()
    await page.getByLabel("Giá bán (đồng): Hũ 500 g").fill("52.000")
    await page.getByRole("button", { name: "Lưu thay đổi" }).click()
    await page.getByText("Đã lưu thay đổi.").waitFor()
    expect(await textOf(page.locator(".review-badge").first())).toBe("Đã duyệt")
    await page.goto(`/products/${handle}`)
    expect(await textOf(page.locator(".product__price"))).toBe("52.000 ₫")

    expect(errors).toEqual([])
    await context.close()
    // Medusa Admin runs on Vite in development mode here: its first page compiles for minutes on two cores.
  }, 600_000)

  it("keeps the producer's session apart from the shopper's and works at phone width", async () => {
    const producer = await seededProducer()
    const { page, context, errors } = await openShop(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

    // Someone without an invitation asks for an account; the office sees the request, the login cannot use the portal yet.
    const asker = { email: uniqueEmail("nha.san.xuat"), password: "mat-khau-an-toan" }
    await page.goto("/producer/request")
    await waitForHydration(page)
    await page.getByLabel("Họ và tên người phụ trách").fill("Lê Thị Hoa")
    await page.getByLabel("Email").fill(asker.email)
    await page.getByLabel("Mật khẩu").fill(asker.password)
    await page.getByLabel("Chủ thể của bạn (tên, mã số đăng ký, xã)").fill("HTX Rau sạch Phú Tân, mã số 1602345678, xã Phú Tân")
    await page.getByRole("button", { name: "Gửi", exact: true }).click()
    await page.getByText("Đã gửi đề nghị.", { exact: false }).waitFor()
    const admin = await token("user", DEMO_ADMIN.email, DEMO_ADMIN.password)
    const { members } = await getJson<{ members: { email: string; name: string }[] }>("/admin/ocop/producer-members?status=requested&limit=200", admin)
    expect(members).toContainEqual(expect.objectContaining({ email: asker.email, name: "Lê Thị Hoa" }))
    await page.goto("/producer/login")
    await waitForHydration(page)
    await page.getByLabel("Email").fill(asker.email)
    await page.getByLabel("Mật khẩu").fill(asker.password)
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.getByText("tài khoản chưa được văn phòng OCOP duyệt", { exact: false }).waitFor()

    await signIn(page, producer)
    await screenshot(page, "producer-07-phone-overview")
    // The portal has its own header: none of the shop's search box, cart or footer.
    expect(await page.getByRole("combobox", { name: "Tìm sản phẩm" }).count()).toBe(0)
    expect(await page.getByRole("link", { name: /Giỏ hàng/ }).count()).toBe(0)
    expect(await page.getByRole("contentinfo").count()).toBe(0)

    // The shop itself still sees a signed-out shopper.
    await page.goto("/account")
    await page.waitForURL("**/account/login?redirectTo=%2Faccount")

    for (const [path, name, heading] of [
      ["/producer/listings", "producer-08-phone-listings", "Sản phẩm của bạn"],
      ["/producer/listings/new", "producer-09-phone-new-listing", "Đăng sản phẩm mới"],
      ["/producer/inventory", "producer-10-phone-inventory", "Hàng tại cơ sở"],
      ["/producer/orders", "producer-11-phone-orders", "Đơn hàng có sản phẩm của bạn"],
      ["/producer/profile", "producer-12-phone-profile", "Hồ sơ chủ thể"],
    ] as const) {
      await page.goto(path)
      await page.getByRole("heading", { level: 1, name: heading }).waitFor()
      // Nothing wider than the phone: no sideways scrolling of the page itself.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
      await screenshot(page, name)
    }

    // The profile saves what the producer wrote (the page above is the profile).
    await waitForHydration(page)
    const story = `Ba thế hệ làm tương ở Thanh Hồ (${Date.now().toString(36)}).`
    await page.getByLabel("Câu chuyện của chủ thể và sản phẩm").fill(story)
    await page.getByRole("button", { name: "Lưu", exact: true }).click()
    await page.getByText("Đã lưu hồ sơ.").waitFor()
    expect(await page.getByLabel("Câu chuyện của chủ thể và sản phẩm").inputValue()).toBe(story)

    // The producer declares what its premises can ship of a pack, with a reason; the ledger shows it.
    await page.goto("/producer/inventory")
    await waitForHydration(page)
    const pack = page.getByRole("form", { name: /^Khai báo tồn kho: / }).first()
    await pack.getByLabel("Số lượng", { exact: true }).fill("12")
    await pack.getByLabel("Lý do").fill("Kiểm kho đầu tháng")
    await pack.getByRole("button", { name: "Ghi nhận" }).click()
    await page.getByText("Đã ghi nhận tồn kho.").waitFor()
    await page.getByRole("cell", { name: "Kiểm kho đầu tháng" }).waitFor()

    await page.getByRole("button", { name: "Đăng xuất" }).click()
    await page.waitForURL("**/producer/login")
    await page.goto("/producer/orders")
    await page.waitForURL("**/producer/login?redirectTo=%2Fproducer%2Forders")
    expect(errors).toEqual([])
    await context.close()
  })
})
