import type { MedusaContainer } from "@medusajs/framework/types"
import {
  loadAdminUnits,
  ADMIN_UNITS_MODULE,
} from "@ocop-market/medusa-plugin-ocop/modules/admin-units"
import { ensureAdminUser } from "../../src/scripts/seed/admin-user"
import { seedOcopCatalog } from "../../src/scripts/seed/ocop-catalog"
import { setupStore, type StoreSetup } from "../../src/scripts/seed/store-setup"

export const ADMIN = { email: "office@ocop.test", password: "s3cret-office" }

/** The administrative units of An Giang and Cần Thơ, where every seeded product comes from. */
export async function importRegionalUnits(container: MedusaContainer) {
  const all = loadAdminUnits()
  const keep = new Set(["91", "92"])
  const communes = all.communes.filter((c: any) => keep.has(c.province_code))
  const codes = new Set(communes.map((c: any) => c.code))
  await (container.resolve(ADMIN_UNITS_MODULE) as any).importAdminUnits({
    provinces: all.provinces.filter((p: any) => keep.has(p.code)),
    communes,
    predecessors: all.predecessors.filter((p: any) =>
      codes.has(p.commune_code)
    ),
  })
}

/**
 * The demo shop as the seed makes it (store, region, channel, key, shipping) with
 * the given seed products, or all 42 when no keys are given.
 */
export async function seedShop(
  container: MedusaContainer,
  keys?: string[]
): Promise<StoreSetup> {
  await importRegionalUnits(container)
  const store = await setupStore(container)
  await seedOcopCatalog(container, store, { keys })
  return store
}

export function storeHeaders(store: StoreSetup) {
  return { headers: { "x-publishable-api-key": store.publishableKey } }
}

/** Creates the office's admin user and signs in as it. */
export async function adminHeaders(api: any, container: MedusaContainer) {
  await ensureAdminUser(container, ADMIN.email, ADMIN.password)
  const { data } = await api.post("/auth/user/emailpass", ADMIN)
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** Resolves an axios call that may fail to its response, so tests assert outside any catch. */
export async function responseOf<T = any>(call: Promise<T>): Promise<any> {
  try {
    return await call
  } catch (error: any) {
    if (error.response) return error.response
    throw error
  }
}
