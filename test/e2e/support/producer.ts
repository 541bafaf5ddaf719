// The producer portal's steps several scenarios share, and the API calls a test makes to
// set up what the office does outside the browser or to check what was written.
import type { Page } from "playwright-core"
import { DEMO_ADMIN, DEMO_PRODUCER_PASSWORD } from "../../../scripts/lib/demo.mjs"
import { backendUrl, waitForHydration } from "./browser"
import { uniqueEmail } from "./shop"

// A 1×1 PNG: the certificate scan a producer uploads.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
)
export const scan = (name: string) => ({ name, mimeType: "image/png", buffer: PNG })

export async function token(actor: "user" | "producer", email: string, password: string) {
  const res = await fetch(`${backendUrl()}/auth/${actor}/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new Error(`${actor} sign-in failed: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

export const officeToken = () => token("user", DEMO_ADMIN.email, DEMO_ADMIN.password)

export async function getJson<T>(path: string, bearer: string): Promise<T> {
  const res = await fetch(`${backendUrl()}${path}`, { headers: { authorization: `Bearer ${bearer}` } })
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`)
  return (await res.json()) as T
}

export async function postJson<T>(path: string, bearer: string, body: unknown): Promise<T> {
  const res = await fetch(`${backendUrl()}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/** A seeded producer's portal login, as the office's list of active members gives it. */
export async function seededProducer() {
  const { members } = await getJson<{ members: { email: string; producer: { name: string } }[] }>(
    "/admin/ocop/producer-members?status=active&limit=50",
    await officeToken()
  )
  const member = members.find((m) => m.email.endsWith("@producer.ocop-market.local"))
  if (!member) throw new Error("the seed has no producer login")
  return { email: member.email, password: DEMO_PRODUCER_PASSWORD, name: member.producer.name }
}

/**
 * A producer new to the shop, as the office takes one on: the office records it (which
 * gives it premises and a delivery option), its person registers a portal login and asks
 * for access, and the office approves the request for that producer.
 */
export async function newProducer(name: string) {
  const office = await officeToken()
  const { producer } = await postJson<{ producer: { id: string; name: string } }>("/admin/ocop/producers", office, {
    name,
    type: "cooperative",
    address: "15 Đường Hà Hoàng Hổ, khóm Đông Thịnh 6",
    province_code: "91",
    commune_code: "30307",
  })
  const login = { email: uniqueEmail("htx.moi"), password: "mat-khau-htx-moi" }
  const registered = await fetch(`${backendUrl()}/auth/producer/emailpass/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(login),
  })
  if (!registered.ok) throw new Error(`producer registration failed: ${registered.status}`)
  const registration = ((await registered.json()) as { token: string }).token
  const { member } = await postJson<{ member: { id: string } }>("/producer/account", registration, {
    name: "Trần Văn Bình",
    request_note: `${name}, xã Long Xuyên`,
  })
  await postJson(`/admin/ocop/producer-members/${member.id}/approve`, office, { producer_id: producer.id })
  return { ...login, id: producer.id, name: producer.name }
}

/** Signs in at /producer and lands on `path` (the overview by default). */
export async function signInProducer(page: Page, producer: { email: string; password: string }, path = "/producer") {
  await page.goto(path)
  await page.waitForURL(`**/producer/login?redirectTo=${encodeURIComponent(path)}`)
  await waitForHydration(page)
  await page.getByLabel("Email").fill(producer.email)
  await page.getByLabel("Mật khẩu").fill(producer.password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await page.waitForURL((url) => url.pathname === path)
}
