import type { Browser } from "playwright-core"
import { PUBLISHABLE_KEY_TITLE } from "../../scripts/lib/demo.mjs"
import { adminHeaders, call, ok } from "../../scripts/lib/shop-client.mjs"
import { countOrders, getOrderAsAdmin } from "./support/admin"
import { backendUrl, factOf, launchBrowser, openShop, screenshot, textOf, waitForHydration } from "./support/browser"
import { addToCart, placeOrder } from "./support/shop"

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

// A seeded product with one variant (a point "in stock" for the product is in stock for
// what the cart holds); its id and the points holding it come from the store API.
const HANDLE = "tra-sam-bach-hoa-thao-tui-loc"

const getJson = (url: string, headers: Record<string, string>): Promise<Record<string, any>> =>
  ok(call(backendUrl(), "GET", url, { headers }))

async function storeHeaders(admin: Record<string, string>) {
  const { api_keys } = await getJson(`/admin/api-keys?type=publishable&limit=50`, admin)
  const key = api_keys.find((k: any) => k.title === PUBLISHABLE_KEY_TITLE && !k.revoked_at)
  return { "x-publishable-api-key": key.token as string }
}

/** The admin's headers, the product's id, and the points the store says have it now. */
async function productAndPoints() {
  const admin = await adminHeaders(backendUrl())
  const store = await storeHeaders(admin)
  const { products } = await getJson(`/store/products?handle=${HANDLE}&fields=id,title`, store)
  const { sales_points } = await getJson(`/store/ocop/sales-points?product_id=${products[0].id}`, store)
  return { admin, productId: products[0].id as string, points: sales_points as Record<string, any>[] }
}

/** The stock location behind a sales point, which the store never shows. */
async function locationOf(admin: Record<string, string>, pointId: string): Promise<string> {
  const { sales_points } = await getJson(`/admin/ocop/sales-points`, admin)
  return sales_points.find((p: any) => p.id === pointId).stock_location_id
}

/** The one variant's inventory level at the point's stock location, as the admin sees it. */
async function levelAt(admin: Record<string, string>, productId: string, pointId: string) {
  const locationId = await locationOf(admin, pointId)
  const { product } = await getJson(`/admin/products/${productId}?fields=variants.inventory_items.inventory_item_id`, admin)
  const itemId = product.variants[0].inventory_items[0].inventory_item_id as string
  const { inventory_levels } = await getJson(`/admin/inventory-items/${itemId}/location-levels?location_id=${locationId}`, admin)
  const level = inventory_levels[0]
  const setStocked = (stocked_quantity: number) =>
    ok(call(backendUrl(), "POST", `/admin/inventory-items/${itemId}/location-levels/${locationId}`, { headers: admin, body: { stocked_quantity } }))
  return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity), setStocked }
}

describe("click & collect", () => {
  it("a shopper on a phone picks up at a sales point holding the product: no address asked, the order is reserved at that point", async () => {
    const { admin, points } = await productAndPoints()
    // A point with plenty rather than a few, so other tests' sales cannot empty it.
    const point = points.find((p) => p.availability === "in_stock") ?? points[0]
    expect(point, "a seeded sales point holds the product").toBeTruthy()

    const { page, context, errors } = await openShop(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    await addToCart(page, HANDLE)
    await page.goto("/checkout")
    await waitForHydration(page)

    // A delivery is chosen for the shopper, not the free pickup; the address is asked.
    const shipping = page.getByRole("group", { name: "Phương thức giao hàng" })
    const pickup = shipping.getByRole("radio", { name: `Nhận tại ${point.name}` })
    expect(await pickup.isChecked()).toBe(false)
    const preselected = shipping.locator("input[type=radio]:checked")
    expect(await preselected.count()).toBe(1)
    expect(await textOf(preselected.locator("xpath=ancestor::label[1]"))).not.toMatch(/^Nhận tại/)
    const street = page.getByRole("textbox", { name: "Số nhà, đường, ấp/khóm" })
    const commune = page.getByRole("combobox", { name: "Xã, phường, đặc khu" })
    expect(await street.isVisible()).toBe(true)
    expect(await commune.isVisible()).toBe(true)

    // The pickup shows where to collect; choosing it drops the delivery address.
    expect(await textOf(pickup.locator("xpath=ancestor::label[1]"))).toContain(point.address)
    await pickup.check()
    await page.getByText("Bạn nhận hàng tại điểm bán đã chọn: không cần địa chỉ giao hàng.").waitFor()
    expect(await street.count()).toBe(0)
    expect(await commune.count()).toBe(0)
    expect(await page.getByRole("combobox", { name: "Tỉnh, thành phố" }).count()).toBe(0)
    expect(await factOf(page.locator(".summary"), "Phí giao hàng")).toBe("0 ₫")

    await page.getByLabel("Email").fill("nhan.tai.diem@example.com")
    await page.getByLabel("Họ và tên").fill("Lê Thị Hồng")
    await page.getByLabel("Số điện thoại").fill("0903 111 222")
    await page.getByRole("radio", { name: /Thanh toán khi nhận hàng/ }).check()
    await screenshot(page, "click-collect-01-checkout")
    await placeOrder(page)
    await page.getByRole("heading", { name: "Đặt hàng thành công" }).waitFor()
    const where = page.getByRole("region", { name: "Nhận hàng tại điểm bán" })
    await where.waitFor()
    const whereText = await textOf(where)
    expect(whereText).toContain(point.name)
    expect(whereText).toContain(point.address)
    await screenshot(page, "click-collect-02-confirmed")

    // The order waits at that point: its one line is reserved at the point's stock location.
    const orderId = page.url().split("/").at(-2)!
    const order = await getOrderAsAdmin(orderId)
    expect(order.email).toBe("nhan.tai.diem@example.com")
    expect(order.shipping_methods.map((m: any) => m.name)).toEqual([`Nhận tại ${point.name}`])
    expect(order.items).toHaveLength(1)
    const locationId = await locationOf(admin, point.id)
    expect(locationId).toMatch(/^sloc_/)
    const { reservations } = await getJson(`/admin/reservations?line_item_id=${order.items[0].id}`, admin)
    expect(reservations.map((r: any) => ({ location_id: r.location_id, quantity: r.quantity }))).toEqual([
      { location_id: locationId, quantity: 1 },
    ])

    expect(errors).toEqual([])
    await context.close()
  })

  it("tells the shopper when the chosen point has just sold out of their item, instead of failing: nothing is ordered", async () => {
    const { admin, productId, points } = await productAndPoints()
    const point = points[0]
    expect(point, "a seeded sales point holds the product").toBeTruthy()

    const { page, context } = await openShop(browser)
    await addToCart(page, HANDLE)
    await page.goto("/checkout")
    await waitForHydration(page)
    await page.getByRole("radio", { name: `Nhận tại ${point.name}` }).check()
    await page.getByLabel("Email").fill("het.hang.tai.diem@example.com")
    await page.getByLabel("Họ và tên").fill("Trần Văn Bình")
    await page.getByLabel("Số điện thoại").fill("0903 222 333")

    // Meanwhile the point sells its last units at the counter.
    const level = await levelAt(admin, productId, point.id)
    await level.setStocked(level.reserved)
    try {
      const orders = await countOrders()
      await page.getByRole("button", { name: /Đặt hàng/ }).click()
      // The product is named.
      const said = page.getByText(
        "Điểm bán này không còn đủ hàng: Trà sâm Bạch hoa thảo túi lọc · Hộp 25 túi lọc. Vui lòng giảm số lượng, chọn điểm nhận khác hoặc giao hàng tận nơi."
      )
      await said.waitFor()
      await screenshot(page, "click-collect-03-point-sold-out")
      expect(new URL(page.url()).pathname).toBe("/checkout")
      // Said beside the pickup choice, and what the shopper typed is still there.
      expect(await textOf(page.getByRole("group", { name: "Phương thức giao hàng" }))).toContain("không còn đủ hàng")
      expect(await page.getByLabel("Họ và tên").inputValue()).toBe("Trần Văn Bình")
      expect(await countOrders()).toBe(orders)

      // Back at the checkout, the point can no longer be chosen, and it says why.
      await page.goto("/checkout")
      await waitForHydration(page)
      const soldOut = page.getByRole("radio", { name: `Nhận tại ${point.name}` })
      expect(await soldOut.isDisabled()).toBe(true)
      expect(await soldOut.isChecked()).toBe(false)
      expect(await textOf(page.getByRole("group", { name: "Phương thức giao hàng" }))).toContain(
        "Điểm này hiện không đủ hàng: Trà sâm"
      )
      await screenshot(page, "click-collect-04-point-marked-short")
    } finally {
      await level.setStocked(level.stocked)
    }
    await context.close()
  })
})
