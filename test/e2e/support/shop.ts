// Steps several scenarios share, done the way a shopper does them.
import type { Locator, Page } from "playwright-core"
import { waitForHydration } from "./browser"

export async function addToCart(page: Page, handle: string) {
  await page.goto(`/products/${handle}`)
  await waitForHydration(page)
  const before = await cartCount(page)
  await page.getByRole("button", { name: /Thêm vào giỏ|Add to cart/ }).click()
  await page.getByRole("link", { name: new RegExp(`\\((${before + 1})\\)`) }).waitFor()
}

export async function cartCount(page: Page): Promise<number> {
  const text = (await page.locator(".site-nav__cart").textContent()) ?? ""
  return Number(/\((\d+)\)/.exec(text)?.[1] ?? 0)
}

export function uniqueEmail(prefix: string) {
  return `${prefix}.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.com`
}

/**
 * Presses the checkout's order button and waits for the confirmation page. When the shop
 * keeps the shopper on the checkout instead, the failure says what the page told them.
 */
export async function placeOrder(page: Page, button: Locator = page.getByRole("button", { name: /Đặt hàng/ })) {
  await button.click()
  try {
    await page.waitForURL(/\/orders\/[^/]+\/confirmed$/)
  } catch (error) {
    const said = await page
      .locator("[role=alert], .field-errors")
      .allInnerTexts()
      .catch(() => [] as string[])
    const text = said.map((t) => t.trim()).filter(Boolean).join(" | ")
    throw new Error(`The order was not placed: still on ${page.url()}, the page says: ${text || "nothing"}`, { cause: error })
  }
}
