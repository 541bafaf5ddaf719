// Reads the backend as the shop's admin, to check what a test did (or did not) create.
import { DEMO_ADMIN } from "../../../scripts/lib/demo.mjs"
import { backendUrl } from "./browser"

export async function adminToken(): Promise<string> {
  const res = await fetch(`${backendUrl()}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: DEMO_ADMIN.email, password: DEMO_ADMIN.password }),
  })
  if (!res.ok) throw new Error(`admin sign-in failed: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

export async function countOrders(): Promise<number> {
  const res = await fetch(`${backendUrl()}/admin/orders?limit=1&fields=id`, {
    headers: { authorization: `Bearer ${await adminToken()}` },
  })
  if (!res.ok) throw new Error(`admin orders failed: ${res.status}`)
  return ((await res.json()) as { count: number }).count
}

export async function getOrderAsAdmin(id: string) {
  const res = await fetch(`${backendUrl()}/admin/orders/${id}?fields=id,display_id,email,total,*items,shipping_address.*,*shipping_methods`, {
    headers: { authorization: `Bearer ${await adminToken()}` },
  })
  if (!res.ok) throw new Error(`admin order failed: ${res.status}`)
  return ((await res.json()) as { order: Record<string, any> }).order
}

/**
 * The office signed in to Medusa Admin (/app) in its own browser profile. The admin is
 * served by Vite in development mode here: its first page compiles for minutes on two cores.
 */
export async function openAdmin(browser: import("playwright-core").Browser) {
  const context = await browser.newContext({ baseURL: backendUrl(), viewport: { width: 1440, height: 900 }, locale: "vi-VN" })
  context.setDefaultTimeout(60_000)
  const page = await context.newPage()
  await page.goto("/app/login", { timeout: 240_000 })
  await page.locator("input[name='email']").waitFor({ timeout: 240_000 })
  await page.locator("input[name='email']").fill(DEMO_ADMIN.email)
  await page.locator("input[name='password']").fill(DEMO_ADMIN.password)
  await page.locator("button[type='submit']").click()
  await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 120_000 })
  return { context, page }
}
