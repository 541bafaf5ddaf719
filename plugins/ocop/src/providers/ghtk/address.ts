import type { AdminCommune } from "../../modules/admin-units/data/admin-units"
import { seatPredecessor } from "../carriers/communes"

/** An address as GHTK takes it: names of province, district and ward. */
export type GhtkPlace = {
  province: string
  district: string
  ward: string
  commune_code: string
}

/**
 * GHTK's documented address fields are the three pre-2025 levels by name, so a
 * 2025 commune is sent as its seat (the old ward that kept its code) with that
 * ward's old district and province. Null when the data names no seat (a special
 * zone made of a whole island district): GHTK is then refused for it.
 */
export function ghtkPlaceOf(commune: AdminCommune): GhtkPlace | null {
  const seat = seatPredecessor(commune)
  if (!seat?.old_name || !seat.old_district_name || !seat.old_province_name)
    return null
  return {
    province: seat.old_province_name,
    district: seat.old_district_name,
    ward: seat.old_name,
    commune_code: commune.code,
  }
}
