import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../medusa.server"

let region: Promise<HttpTypes.StoreRegion> | null = null

/** The shop sells in one region, Việt Nam (currency vnd). */
export function getVietnamRegion(): Promise<HttpTypes.StoreRegion> {
  region ??= sdk.store.region
    .list({ limit: 10 })
    .then(({ regions }) => {
      const vn = regions.find((r) => r.countries?.some((c) => c.iso_2 === "vn")) ?? regions[0]
      if (!vn) throw new Error("The backend has no region: run the seed.")
      return vn
    })
    .catch((error) => {
      region = null
      throw error
    })
  return region
}
