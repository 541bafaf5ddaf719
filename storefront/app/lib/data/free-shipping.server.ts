import type { OcopFreeShipping } from "../ocop-types"
import { sdk } from "../medusa.server"

/**
 * GET /store/ocop/free-shipping: the goods total from which delivery is free, read from
 * the automatic promotions managed in Medusa Admin; null when none runs.
 */
export async function getFreeShippingThreshold(): Promise<number | null> {
  const { threshold_vnd } = await sdk.client.fetch<OcopFreeShipping>("/store/ocop/free-shipping")
  return threshold_vnd
}
