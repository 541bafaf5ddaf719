import type { Browser, Page } from "playwright-core"
import { DEMO_STAFF_PASSWORD } from "../../scripts/lib/demo.mjs"
import { backendUrl, launchBrowser, openShop, screenshot, textOf, waitForHydration } from "./support/browser"

// The seed gives every point one staff login: <point handle>@staff.ocop-market.local.
const STAFF = { email: "trung-tam-ocop-long-xuyen@staff.ocop-market.local", password: DEMO_STAFF_PASSWORD }
const CHAU_DOC_STAFF = { email: "diem-ocop-chau-doc@staff.ocop-market.local", password: DEMO_STAFF_PASSWORD }

type StockRow = { product_id: string; product_title: string; variant_id: string; variant_title: string | null; stocked_quantity: number; available_quantity: number; ean: string | null }

async function staffToken(staff = STAFF) {
  const res = await fetch(`${backendUrl()}/auth/sales_point_staff/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(staff),
  })
  if (!res.ok) throw new Error(`staff sign-in failed: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

/** What the staff API says, checked outside the browser. */
async function api<T>(token: string, path: string): Promise<T> {
  const res = await fetch(`${backendUrl()}${path}`, { headers: { authorization: `Bearer ${token}` } })
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`)
  return (await res.json()) as T
}

async function stockOf(token: string, pointId: string, variantId: string): Promise<StockRow> {
  const { stock } = await api<{ stock: StockRow[] }>(token, `/sales-point/points/${pointId}/stock?limit=200`)
  const row = stock.find((r) => r.variant_id === variantId)
  if (!row) throw new Error(`variant ${variantId} is not stocked at ${pointId}`)
  return row
}

async function stockedAt(token: string, pointId: string, variantId: string): Promise<number> {
  return stockOf(token, pointId, variantId).then(
    (row) => row.stocked_quantity,
    () => 0
  )
}

const labelOf = (row: StockRow) => (row.variant_title ? `${row.product_title} (${row.variant_title})` : row.product_title)
// Staff type without diacritics at the counter: "Tương xay" → "Tuong xay".
const plain = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
const digits = (text: string) => Number(text.replace(/\D/g, ""))

async function signIn(page: Page, staff = STAFF) {
  await page.goto("/sales-point")
  await page.waitForURL("**/sales-point/login?redirectTo=%2Fsales-point")
  await waitForHydration(page)
  await page.getByLabel("Email").fill(staff.email)
  await page.getByLabel("Mật khẩu").fill(staff.password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await page.waitForURL(/\/sales-point\/ocsp_[^/]+$/)
  return page.url().split("/").pop()!
}

async function addToBasket(page: Page, pointId: string, row: StockRow, quantity: number) {
  await page.goto(`/sales-point/${pointId}/sell?q=${encodeURIComponent(plain(row.product_title))}`)
  await waitForHydration(page)
  await page.getByRole("button", { name: `Thêm ${labelOf(row)} vào giỏ` }).click()
  const qty = page.getByLabel(`Số lượng ${labelOf(row)}`)
  await qty.waitFor()
  await qty.fill(String(quantity))
}

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe("the sales point staff console", () => {
  it("a seeded staff member sells 2 units for cash, sees the receipt and the ledger, is refused more than is left, receives 5 and exports the ledger", async () => {
    const token = await staffToken()
    const { page, errors, context } = await openShop(browser)

    const pointId = await signIn(page)
    await page.getByRole("heading", { level: 1, name: "Tồn kho" }).waitFor()
    const { stock } = await api<{ stock: StockRow[] }>(token, `/sales-point/points/${pointId}/stock?limit=200`)
    const product = stock.find((r) => r.available_quantity >= 10)
    if (!product) throw new Error("the seed stocks nothing plentiful at the point")
    // The stock search finds it typed without diacritics.
    await page.getByLabel("Tìm sản phẩm, SKU hoặc mã vạch").fill(plain(product.product_title))
    await page.getByRole("button", { name: "Lọc" }).click()
    await page.waitForURL(/\?q=/)
    const shownRow = page.locator(`tr[data-variant-id="${product.variant_id}"]`)
    expect(await textOf(shownRow)).toContain(product.product_title)
    expect(await textOf(shownRow.locator("td").nth(4))).toBe(String(product.available_quantity))
    await screenshot(page, "40-staff-stock")

    // Sell 2 over the counter, cash.
    const before = await stockOf(token, pointId, product.variant_id)
    await addToBasket(page, pointId, product, 2)
    const line = page.locator(`li[data-variant-id="${product.variant_id}"]`)
    const unitPrice = digits((await textOf(line.locator(".staff-basket__what .portal-muted"))).split("·")[0])
    expect(unitPrice).toBeGreaterThan(0)
    await page.getByRole("button", { name: "Cập nhật số lượng" }).click()
    // The basket total follows the typed quantity once the counter has taken it.
    await page.waitForFunction(
      (expected) => (document.querySelector('[data-testid="basket-total"]')?.textContent ?? "").replace(/\D/g, "") === String(expected),
      unitPrice * 2
    )
    const basketTotal = await textOf(page.getByTestId("basket-total"))
    expect(basketTotal).toMatch(/^\d{1,3}(\.\d{3})* ₫$/)
    await screenshot(page, "41-staff-basket")
    // Cash: the customer hands over a round sum; the counter shows the change at once.
    await page.getByLabel("Tiền mặt", { exact: true }).check()
    const handedOver = Math.ceil((unitPrice * 2 + 1) / 100_000) * 100_000
    await page.getByLabel("Khách đưa (đ)").fill(handedOver.toLocaleString("vi-VN"))
    await page.waitForFunction(
      (expected) => (document.querySelector('[data-testid="change-due"]')?.textContent ?? "").replace(/\D/g, "") === String(expected),
      handedOver - unitPrice * 2
    )
    await page.getByRole("button", { name: "Thu tiền và lập hóa đơn" }).click()
    await page.waitForURL(/\/receipts\/order_/)
    expect(digits(await textOf(page.getByTestId("receipt-change")))).toBe(handedOver - unitPrice * 2)
    // The receipt names the staff member and writes the year in full.
    expect(await textOf(page.getByTestId("receipt-time"))).toMatch(/\d{2}\/\d{2}\/\d{4}/)
    const { staff } = await api<{ staff: { name: string | null } }>(token, "/sales-point/me")
    expect(await textOf(page.getByTestId("receipt-staff"))).toBe(staff.name ?? STAFF.email)
    const orderId = page.url().split("/").pop()!
    const { receipt } = await api<{ receipt: { display_id: number; total: number; lines: { quantity: number; unit_price: number }[] } }>(
      token,
      `/sales-point/points/${pointId}/orders/${orderId}`
    )
    expect(await textOf(page.getByTestId("receipt-order"))).toBe(`#${receipt.display_id}`)
    expect(await textOf(page.getByTestId("receipt-total"))).toBe(basketTotal)
    expect(digits(basketTotal)).toBe(receipt.lines[0].unit_price * 2)
    expect(receipt.lines).toEqual([expect.objectContaining({ quantity: 2 })])
    expect(await textOf(page.locator(".staff-receipt"))).toContain("Tiền mặt")
    await screenshot(page, "42-staff-receipt")
    // Printed on a 58 mm roll: the receipt is the print head's 48 mm wide (96 px per inch).
    await page.getByRole("link", { name: "58 mm" }).click()
    await page.waitForURL(/paper=58/)
    await page.emulateMedia({ media: "print" })
    const printed = await page.locator(".staff-receipt").boundingBox()
    expect(Math.round(printed!.width)).toBe(Math.round((48 / 25.4) * 96))
    await page.emulateMedia({ media: "screen" })
    await screenshot(page, "42b-staff-receipt-58mm")

    const afterSale = await stockOf(token, pointId, product.variant_id)
    expect(afterSale.stocked_quantity).toBe(before.stocked_quantity - 2)

    // The ledger shows the sale with the quantity before and after.
    await page.goto(`/sales-point/${pointId}/ledger?kind=sale&variant_id=${product.variant_id}`)
    const saleRow = page.locator('tr[data-kind="sale"]').first()
    const cells = await saleRow.locator("td").allTextContents()
    expect(cells[1]).toBe("Bán tại quầy")
    expect(cells[3]).toBe("-2")
    expect([Number(cells[4]), Number(cells[5])]).toEqual([before.stocked_quantity, before.stocked_quantity - 2])
    expect(cells[6]).toBe(staff.name ?? STAFF.email)
    expect(cells[7]).toContain(`Đơn #${receipt.display_id}`)
    await screenshot(page, "43-staff-ledger")

    // A wedge scanner types the pack's EAN-13 and Enter: the pack lands in the basket.
    const ean = (await stockOf(token, pointId, product.variant_id)).ean
    expect(ean).toMatch(/^\d{13}$/)
    await page.goto(`/sales-point/${pointId}/sell`)
    await waitForHydration(page)
    await page.getByLabel("Quét mã vạch").pressSequentially(ean!, { delay: 5 })
    await page.keyboard.press("Enter")
    await page.getByLabel(`Số lượng ${labelOf(product)}`).waitFor()
    await page.getByRole("button", { name: `Bỏ ${labelOf(product)} khỏi giỏ` }).click()
    await page.getByText("Giỏ đang trống").waitFor()

    // More than is available: refused next to the line, nothing sold.
    const ordersBefore = (await api<{ summary: { orders: number } }>(token, `/sales-point/points/${pointId}/sales/summary`)).summary.orders
    await addToBasket(page, pointId, product, afterSale.available_quantity + 1)
    await page.getByRole("button", { name: "Thu tiền và lập hóa đơn" }).click()
    const shortage = page.locator(".staff-out-of-stock")
    await shortage.waitFor()
    expect(await textOf(shortage)).toBe(`Hết hàng: điểm này chỉ còn ${afterSale.available_quantity}, giỏ cần ${afterSale.available_quantity + 1}.`)
    expect(await page.getByLabel(`Số lượng ${labelOf(product)}`).getAttribute("aria-describedby")).toBe(await shortage.getAttribute("id"))
    expect(page.url()).toMatch(/\/sell/)
    // The basket keeps what was typed, and its total follows it.
    expect(digits(await textOf(page.getByTestId("basket-total")))).toBe(receipt.lines[0].unit_price * (afterSale.available_quantity + 1))
    await screenshot(page, "44-staff-out-of-stock")
    expect((await stockOf(token, pointId, product.variant_id)).stocked_quantity).toBe(afterSale.stocked_quantity)
    expect((await api<{ summary: { orders: number } }>(token, `/sales-point/points/${pointId}/sales/summary`)).summary.orders).toBe(ordersBefore)
    // Leave the counter as we found it for the next test.
    await page.getByRole("button", { name: `Bỏ ${labelOf(product)} khỏi giỏ` }).click()
    await page.getByText("Giỏ đang trống").waitFor()

    // Receive 5 from a producer.
    await page.goto(`/sales-point/${pointId}/receive`)
    await waitForHydration(page)
    await page.getByLabel("Sản phẩm", { exact: true }).selectOption(product.variant_id)
    await page.getByLabel("Số lượng", { exact: true }).fill("5")
    // Food is received with the lot and expiry date on its label (decision 405).
    const lotCode = `E2E-${Date.now().toString(36).toUpperCase()}`
    const expires = new Date(Date.now() + (7 + 20 * 24) * 3600 * 1000).toISOString().slice(0, 10)
    await page.getByLabel("Số lô", { exact: true }).fill(lotCode)
    await page.getByLabel("Hạn sử dụng (HSD)", { exact: true }).fill(expires)
    await page.getByRole("button", { name: "Ghi nhận hàng nhận" }).click()
    const notice = page.getByRole("status").filter({ hasText: "Đã nhận 5 ×" })
    await notice.waitFor()
    expect(await textOf(notice)).toContain(`${afterSale.stocked_quantity} → ${afterSale.stocked_quantity + 5}`)
    expect(await textOf(notice)).toContain(`lô ${lotCode}`)
    // Recorded: the form starts empty, so a second click cannot record the delivery again.
    expect(await page.getByLabel("Số lượng", { exact: true }).inputValue()).toBe("")
    expect(await page.getByLabel("Sản phẩm", { exact: true }).inputValue()).toBe("")
    expect((await stockOf(token, pointId, product.variant_id)).stocked_quantity).toBe(afterSale.stocked_quantity + 5)

    // It expires within 30 days: "Sắp hết hạn" lists it, and its trace starts with the receipt.
    await page.getByRole("link", { name: "Sắp hết hạn" }).click()
    const lotRow = page.locator(`tr[data-lot="${lotCode}"]`)
    await lotRow.waitFor()
    expect(await textOf(lotRow)).toContain("còn 20 ngày")
    await lotRow.getByRole("link", { name: "Truy vết" }).click()
    await page.getByRole("heading", { name: `Truy vết lô ${lotCode}` }).waitFor()
    expect(await textOf(page.locator("tr[data-kind=receive]"))).toContain("+5")

    // The daily summary counts today's sale.
    await page.goto(`/sales-point/${pointId}/summary`)
    expect(Number(await textOf(page.getByTestId("summary-orders")))).toBeGreaterThanOrEqual(1)
    await screenshot(page, "45-staff-summary")

    // The CSV export link answers a CSV download (with this browser's staff cookie).
    await page.goto(`/sales-point/${pointId}/ledger`)
    const href = await page.getByRole("link", { name: "Tải sổ kho (CSV)" }).getAttribute("href")
    const csv = await context.request.get(href!)
    expect(csv.status()).toBe(200)
    expect(csv.headers()["content-type"]).toMatch(/^text\/csv/)
    expect(await csv.text()).toContain(orderId)

    expect(errors).toEqual([])
    await context.close()
  })

  it("a transfer leaves Long Xuyên when sent, is in transit, and joins Châu Đốc's stock when its staff confirm it", async () => {
    const [lx, cd] = [await staffToken(), await staffToken(CHAU_DOC_STAFF)]
    const { sales_points: [cdPoint] } = await api<{ sales_points: { id: string }[] }>(cd, "/sales-point/me")
    const sender = await openShop(browser)
    const lxId = await signIn(sender.page)
    const { stock } = await api<{ stock: StockRow[] }>(lx, `/sales-point/points/${lxId}/stock?limit=200`)
    const { stock: theirs } = await api<{ stock: StockRow[] }>(cd, `/sales-point/points/${cdPoint.id}/stock?limit=200`)
    const product = stock.find((r) => r.available_quantity >= 3 && theirs.some((t) => t.variant_id === r.variant_id))
    if (!product) throw new Error("nothing both points hold to send from Long Xuyên")
    const [sentFrom, arrivingAt] = [product.stocked_quantity, await stockedAt(cd, cdPoint.id, product.variant_id)]

    await sender.page.goto(`/sales-point/${lxId}/transfers`)
    await waitForHydration(sender.page)
    await sender.page.getByLabel("Chuyển đến điểm bán").selectOption(cdPoint.id)
    await sender.page.getByLabel("Sản phẩm", { exact: true }).selectOption(product.variant_id)
    await sender.page.getByLabel("Số lượng", { exact: true }).fill("1")
    await sender.page.getByRole("button", { name: "Gửi hàng" }).click()
    await sender.page.getByRole("status").filter({ hasText: "Đã gửi 1 ×" }).waitFor()
    expect(await textOf(sender.page.locator("table").last())).toContain("Đang vận chuyển")
    expect(await stockedAt(lx, lxId, product.variant_id)).toBe(sentFrom - 1)
    expect(await stockedAt(cd, cdPoint.id, product.variant_id)).toBe(arrivingAt)
    await screenshot(sender.page, "48-staff-transfer-sent")

    const receiver = await openShop(browser)
    await signIn(receiver.page, CHAU_DOC_STAFF)
    await receiver.page.goto(`/sales-point/${cdPoint.id}/transfers`)
    await waitForHydration(receiver.page)
    await receiver.page.getByRole("button", { name: `Xác nhận đã nhận 1 × ${labelOf(product)}` }).first().click()
    await receiver.page.getByRole("status").filter({ hasText: "Đã nhận hàng chuyển đến" }).waitFor()
    expect(await stockedAt(cd, cdPoint.id, product.variant_id)).toBe(arrivingAt + 1)
    expect([...sender.errors, ...receiver.errors]).toEqual([])
    await sender.context.close()
    await receiver.context.close()
  })

  it("sells twice offline: the service worker opens the sell page without network, both sales queue, and back online each is recorded once", async () => {
    const token = await staffToken()
    const { page, errors, context } = await openShop(browser)
    const pointId = await signIn(page)
    const { stock } = await api<{ stock: StockRow[] }>(token, `/sales-point/points/${pointId}/stock?limit=200`)
    const [first, second] = stock.filter((r) => r.available_quantity >= 5 && r.ean)
    if (!first || !second) throw new Error("the seed stocks too little at the point to sell offline")
    const sales = async () => (await api<{ summary: { orders: number } }>(token, `/sales-point/points/${pointId}/sales/summary`)).summary.orders
    const saleLines = async (variantId: string) =>
      (await api<{ movements: { quantity: number }[] }>(token, `/sales-point/points/${pointId}/movements?kind=sale&variant_id=${variantId}&limit=200`)).movements.length
    const before = {
      orders: await sales(),
      first: (await stockOf(token, pointId, first.variant_id)).stocked_quantity,
      second: (await stockOf(token, pointId, second.variant_id)).stocked_quantity,
      firstLines: await saleLines(first.variant_id),
      secondLines: await saleLines(second.variant_id),
    }

    // Online once: the console keeps its page, code and the point's catalogue with prices.
    await page.goto(`/sales-point/${pointId}/sell`)
    await waitForHydration(page)
    await page.getByTestId("offline-ready").waitFor()
    const queue = page.getByTestId("offline-queue")
    expect(await textOf(queue)).toContain("Hàng đợi ngoại tuyến: trống")

    // The network drops, and the page is opened again: the service worker serves it.
    await context.setOffline(true)
    await page.reload()
    await waitForHydration(page)
    await page.getByRole("heading", { name: "Bán ngoại tuyến" }).waitFor()
    await page.getByText(/^Danh mục và giá đã lưu lúc/).waitFor()
    expect(await textOf(queue)).toContain("Mất mạng")
    await screenshot(page, "49-staff-offline-sell")

    // First sale: the scanner types the pack's code; two of them, cash.
    await page.getByLabel("Quét mã vạch").pressSequentially(first.ean!, { delay: 5 })
    await page.keyboard.press("Enter")
    await page.getByLabel(`Số lượng ${labelOf(first)}`).fill("2")
    await page.getByLabel("Tiền mặt", { exact: true }).check()
    await page.getByRole("button", { name: "Bán và lưu vào hàng đợi" }).click()
    await page.getByRole("status").filter({ hasText: "vào hàng đợi" }).waitFor()
    await page.waitForFunction(() => document.querySelector('[data-testid="offline-queue"]')?.getAttribute("data-pending") === "1")
    // Second sale: found in the kept catalogue typed without diacritics; one, by card.
    await page.getByLabel("Tìm trong danh mục đã lưu").fill(plain(second.product_title))
    await page.getByRole("button", { name: `Thêm ${labelOf(second)} vào giỏ` }).click()
    await page.getByLabel("Thẻ tại quầy", { exact: true }).check()
    await page.getByRole("button", { name: "Bán và lưu vào hàng đợi" }).click()
    await page.waitForFunction(() => document.querySelector('[data-testid="offline-queue"]')?.getAttribute("data-pending") === "2")
    expect(await textOf(queue)).toContain("2 đơn chờ gửi")
    await screenshot(page, "50-staff-offline-queue")
    // Nothing has reached the shop yet.
    expect(await sales()).toBe(before.orders)
    expect((await stockOf(token, pointId, first.variant_id)).stocked_quantity).toBe(before.first)

    // Back online: the queue sends both, each under its own key.
    await context.setOffline(false)
    await page.waitForFunction(() => {
      const line = document.querySelector('[data-testid="offline-queue"]')
      return line?.getAttribute("data-pending") === "0" && /2 đơn ngoại tuyến đã ghi nhận/.test(line.textContent ?? "")
    })
    expect(await sales()).toBe(before.orders + 2)
    expect((await stockOf(token, pointId, first.variant_id)).stocked_quantity).toBe(before.first - 2)
    expect((await stockOf(token, pointId, second.variant_id)).stocked_quantity).toBe(before.second - 1)
    expect(await saleLines(first.variant_id)).toBe(before.firstLines + 1)
    expect(await saleLines(second.variant_id)).toBe(before.secondLines + 1)

    // Opened again online, the console sends nothing twice.
    await page.reload()
    await waitForHydration(page)
    await page.getByTestId("offline-queue").filter({ hasText: "Hàng đợi ngoại tuyến: trống" }).waitFor()
    expect(await sales()).toBe(before.orders + 2)
    expect((await stockOf(token, pointId, first.variant_id)).stocked_quantity).toBe(before.first - 2)
    await screenshot(page, "51-staff-offline-synced")
    // Requests the page made while the network was off fail as they should; nothing else may.
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([])
    await context.close()
  })

  it("the adjust form picks the pack a scanner reads", async () => {
    const token = await staffToken()
    const { page, errors, context } = await openShop(browser)
    const pointId = await signIn(page)
    const { stock } = await api<{ stock: StockRow[] }>(token, `/sales-point/points/${pointId}/stock?limit=200`)
    const product = stock.find((r) => r.ean)
    if (!product) throw new Error("no pack with a barcode at the point")
    await page.goto(`/sales-point/${pointId}/adjust`)
    await waitForHydration(page)
    await page.getByLabel("Quét mã vạch").pressSequentially(product.ean!, { delay: 5 })
    await page.keyboard.press("Enter")
    await page.waitForFunction((id) => (document.querySelector('select[name="variant_id"]') as HTMLSelectElement | null)?.value === id, product.variant_id)
    // A code the point does not hold is said so, and the choice stays.
    await page.getByLabel("Quét mã vạch").fill("2099999999999")
    await page.keyboard.press("Enter")
    await page.getByRole("alert").filter({ hasText: "Không có sản phẩm nào mang mã 2099999999999" }).waitFor()
    expect(await page.getByLabel("Sản phẩm", { exact: true }).inputValue()).toBe(product.variant_id)
    expect(errors).toEqual([])
    await context.close()
  })

  it("a shift opens with its float, takes a cash sale, and closes with the cash counted: the report keeps the difference", async () => {
    const token = await staffToken(CHAU_DOC_STAFF)
    const { page, errors, context } = await openShop(browser)
    const pointId = await signIn(page, CHAU_DOC_STAFF)
    const { stock } = await api<{ stock: StockRow[] }>(token, `/sales-point/points/${pointId}/stock?limit=200`)
    const product = stock.find((r) => r.available_quantity >= 2)
    if (!product) throw new Error("the seed stocks nothing at Châu Đốc")

    await page.goto(`/sales-point/${pointId}/shifts`)
    await waitForHydration(page)
    await page.getByLabel("Tiền đầu ca (đ)").fill("500.000")
    await page.getByRole("button", { name: "Mở ca" }).click()
    await page.getByRole("heading", { name: /^Ca đang mở từ/ }).waitFor()

    await addToBasket(page, pointId, product, 1)
    await page.getByRole("button", { name: "Cập nhật số lượng" }).click()
    await page.getByLabel("Tiền mặt", { exact: true }).check()
    await page.getByRole("button", { name: "Thu tiền và lập hóa đơn" }).click()
    await page.waitForURL(/\/receipts\/order_/)
    const total = digits(await textOf(page.getByTestId("receipt-total")))

    await page.goto(`/sales-point/${pointId}/shifts`)
    await waitForHydration(page)
    expect(digits(await textOf(page.getByTestId("shift-expected")))).toBe(500_000 + total)
    // The drawer is 10.000 đ short.
    await page.getByLabel("Tiền mặt đếm được (đ)").fill((500_000 + total - 10_000).toLocaleString("vi-VN"))
    await page.getByRole("button", { name: "Đóng ca" }).click()
    await page.waitForURL(/\/shifts\/[^/]+$/)
    await page.getByRole("heading", { name: "Báo cáo ca bán hàng" }).waitFor()
    expect(await textOf(page.getByTestId("shift-difference"))).toBe("-10.000 ₫")
    await screenshot(page, "52-staff-shift-closed")
    const { shifts } = await api<{ shifts: { status: string; expected_cash: number; counted_cash: number; difference: number }[] }>(
      token,
      `/sales-point/points/${pointId}/shifts?status=closed&limit=1`
    )
    expect(shifts[0]).toEqual(expect.objectContaining({ status: "closed", expected_cash: 500_000 + total, counted_cash: 500_000 + total - 10_000, difference: -10_000 }))
    // No shift is left open at the point.
    expect((await api<{ count: number }>(token, `/sales-point/points/${pointId}/shifts?status=open`)).count).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it("works on a 390 px phone: stock as cards, the basket stacked, the sign-out reachable", async () => {
    const { page, errors, context } = await openShop(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    const pointId = await signIn(page)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    // The console has its own one-line header: no shop search or cart above the work area,
    // which starts near the top of the phone (it started 440 px down under the shop header).
    expect(await page.getByLabel("Tìm sản phẩm", { exact: true }).count()).toBe(0)
    expect(await page.getByRole("link", { name: /Giỏ hàng/ }).count()).toBe(0)
    // The offline-queue line loads after the page; its place is kept, so nothing moves when it arrives.
    const title = page.getByRole("heading", { level: 1, name: "Tồn kho" })
    const early = await title.boundingBox()
    await page.getByTestId("offline-queue").waitFor()
    const heading = await title.boundingBox()
    expect(heading?.y).toBe(early?.y)
    expect(heading?.y).toBeLessThan(360)
    await screenshot(page, "46-staff-stock-phone")
    await page.goto(`/sales-point/${pointId}/sell?q=a`)
    await waitForHydration(page)
    await page.getByRole("button", { name: /^Thêm .* vào giỏ$/ }).first().click()
    await page.locator(".staff-basket__line").first().waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    await screenshot(page, "47-staff-sell-phone")
    await page.getByRole("button", { name: /^Bỏ .* khỏi giỏ$/ }).first().click()
    await page.getByText("Giỏ đang trống").waitFor()
    await page.getByRole("button", { name: "Đăng xuất" }).click()
    await page.waitForURL("**/sales-point/login")
    expect(errors).toEqual([])
    await context.close()
  })
})
