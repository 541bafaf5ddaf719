import type { AdminCommune } from "../../modules/admin-units/data/admin-units"
import { loadAdminUnits } from "../../modules/admin-units/data/admin-units"

let provinceNames: Map<string, string> | null = null

function provinceName(code: string) {
  provinceNames ??= new Map(
    loadAdminUnits().provinces.map((p) => [p.code, p.name])
  )
  return provinceNames.get(code) ?? null
}

/**
 * A 2025 address as Viettel Post's text endpoints read it: the street part, then the
 * commune and the province by their official names (no district: there is none
 * since July 2025). The names come from the administrative units, not from what
 * the shopper typed, so the spelling is the official one.
 */
export function vtpAddressText(
  street: string | null | undefined,
  commune: AdminCommune
): string {
  return [street?.trim(), commune.name, provinceName(commune.province_code)]
    .filter(Boolean)
    .join(", ")
}
