import type { AdminCommune } from "../../modules/admin-units/data/admin-units"
import { seatPredecessor, solePredecessor } from "../carriers/communes"

/**
 * An address as GHTK's fee and order APIs take it (api.ghtk.vn "Fee Calculation API"
 * and "Order Creation API", docs/carriers.md): names, with province and district
 * required and the ward optional.
 */
export type GhtkPlace = {
  province: string
  district: string
  /** Left out when it would be a guess (below). */
  ward?: string
  commune_code: string
  /** The 2025 commune's own name, written into GHTK's free-text address. */
  commune_name: string
}

/**
 * GHTK's documented address fields are still the three pre-2025 levels, and the
 * district is required, so a 2025 commune is sent as its seat's district and province
 * (the old commune that kept its code). The ward is optional: it is sent only when the
 * 2025 commune lies in a single old commune; for one merged from several (96% of them)
 * the seat ward is a guess for most of its people, so GHTK gets no ward and reads the
 * 2025 commune name in the address text instead. Null when the data names no seat (a
 * special zone made of a whole island district): GHTK is then refused for it.
 */
export function ghtkPlaceOf(commune: AdminCommune): GhtkPlace | null {
  const seat = seatPredecessor(commune)
  if (!seat?.old_name || !seat.old_district_name || !seat.old_province_name)
    return null
  const sole = solePredecessor(commune)
  return {
    province: seat.old_province_name,
    district: seat.old_district_name,
    ...(sole ? { ward: sole.old_name } : {}),
    commune_code: commune.code,
    commune_name: commune.name,
  }
}

/** The free-text address GHTK reads: the street, then the 2025 commune it is in. */
export function ghtkAddressText(street: string | null | undefined, place: GhtkPlace) {
  const line = street?.trim()
  return line && line !== place.commune_name
    ? `${line}, ${place.commune_name}`
    : place.commune_name
}
