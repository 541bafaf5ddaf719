// Steps several scenarios share, done the way a shopper does them.
import type { Page } from "playwright-core"
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
