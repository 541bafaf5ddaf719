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
