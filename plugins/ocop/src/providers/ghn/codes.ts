import data from "./ghn-communes.json"

/** GHN's address ids: its DistrictID and WardCode (master-data district, ward). */
export type GhnAddressCode = { district_id: number; ward_code: string }

// commune code → [DistrictID, WardCode, code of the pre-2025 ward standing for it]
const communes = (
  data as unknown as { communes: Record<string, [number, string, string]> }
).communes

/**
 * GHN's ids for a 2025 commune: those of the pre-2025 ward that stands for it
 * (scripts/derive-ghn-codes.mjs, docs/carriers.md). Null when GHN's list has no
 * trustworthy code for it: checkout then refuses GHN by the commune's name.
 */
export function ghnCodeOf(communeCode: string): GhnAddressCode | null {
  const found = communes[communeCode]
  return found ? { district_id: found[0], ward_code: found[1] } : null
}
