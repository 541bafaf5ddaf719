import { listCommunesOfProvince, listProvinces } from "./data/ocop-admin-units.server"
import { splitFullName } from "./format"
import type { StorefrontAddressType } from "./address-schema.server"

export type MedusaAddress = {
  first_name: string
  last_name: string
  phone: string
  address_1: string
  city: string
  province: string
  country_code: string
  metadata: { province_code: string; commune_code: string }
}

/**
 * Checks the commune belongs to the province and builds the Medusa address
 * (commune in `city`, province in `province`, both codes in metadata).
 * Returns the field errors instead when the pair does not exist.
 */
export async function toMedusaAddress(
  input: StorefrontAddressType
): Promise<{ errors: Record<string, string[]> } | { address: MedusaAddress }> {
  const province = (await listProvinces()).find((p) => p.code === input.province)
  if (!province) return { errors: { province: ["errors.province"] } }
  const commune = (await listCommunesOfProvince(province.code)).find((c) => c.code === input.commune)
  if (!commune) return { errors: { commune: ["errors.commune"] } }
  return {
    address: {
      ...splitFullName(input.fullName),
      phone: input.phone,
      address_1: input.street,
      city: commune.name,
      province: province.name,
      country_code: "vn",
      metadata: { province_code: province.code, commune_code: commune.code },
    },
  }
}
