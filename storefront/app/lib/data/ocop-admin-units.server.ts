import { sdk } from "../medusa.server"
import type { Commune, Province } from "../ocop-types"

// The 2025 administrative units change by law, not by the minute: keep them for an hour.
const TTL_MS = 60 * 60 * 1000
const cache = new Map<string, { at: number; value: Promise<unknown> }>()

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key)
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value as Promise<T>
  const value = load()
  value.catch(() => cache.delete(key))
  cache.set(key, { at: Date.now(), value })
  return value
}

/** GET /store/ocop/provinces: the 34 province-level units of July 2025. */
export function listProvinces(): Promise<Province[]> {
  return cached("provinces", async () => {
    const { provinces } = await sdk.client.fetch<{ provinces: Province[] }>("/store/ocop/provinces")
    return provinces
  })
}

/** Every commune of a province (GET /store/ocop/communes, paged by 100). */
export function listCommunesOfProvince(provinceCode: string): Promise<Commune[]> {
  return cached(`communes:${provinceCode}`, async () => {
    const all: Commune[] = []
    for (let offset = 0; ; offset += 100) {
      const { communes, count } = await sdk.client.fetch<{ communes: Commune[]; count: number }>(
        "/store/ocop/communes",
        { query: { province_code: provinceCode, limit: 100, offset } }
      )
      all.push(...communes)
      if (!communes.length || all.length >= count) break
    }
    const bare = (name: string) => name.replace(/^(Xã|Phường|Đặc khu)\s+/, "")
    return all.sort((a, b) => bare(a.name).localeCompare(bare(b.name), "vi"))
  })
}
