import data from "./ghn-communes.json"

/** GHN's DistrictID and WardCode for a 2025 commune (scripts/derive-ghn-codes.mjs). */
export type GhnAddressCode = { district_id: number; ward_code: string }

const communes = (
  data as unknown as { communes: Record<string, [number, string]> }
).communes

export function ghnCodeOf(communeCode: string): GhnAddressCode | null {
  const found = communes[communeCode]
  return found ? { district_id: found[0], ward_code: found[1] } : null
}
