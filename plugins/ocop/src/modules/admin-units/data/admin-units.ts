import data from "./admin-units-2025.json"

// Derived by plugins/ocop/scripts/derive-admin-units.mjs; regenerate it
// instead of editing the JSON.

export type AdminProvince = {
  code: string
  name: string
  type: "tinh" | "thanh_pho"
}

export type AdminCommune = {
  code: string
  name: string
  type: "xa" | "phuong" | "dac_khu"
  province_code: string
}

/**
 * One pre-2025 unit merged (wholly or in part) into a 2025 commune. old_code
 * and old_name are "" where a whole island district without communes became
 * a special zone (Côn Đảo, Bạch Long Vĩ, Cồn Cỏ, Lý Sơn, Hoàng Sa); old_code
 * alone is "" for a coastal area that had no commune (Xã Kim Đông).
 */
export type AdminPredecessor = {
  commune_code: string
  old_code: string
  old_name: string
  merge: "full" | "partial"
  old_district_code: string
  old_district_name: string
  old_province_code: string
  old_province_name: string
}

export type AdminUnits = {
  provinces: AdminProvince[]
  communes: AdminCommune[]
  predecessors: AdminPredecessor[]
}

type AdminUnitsFile = {
  source: string
  provinces: [string, string, AdminProvince["type"]][]
  communes: [string, string, AdminCommune["type"], string][]
  predecessors: [
    string,
    string,
    string,
    AdminPredecessor["merge"],
    string,
    string,
    string,
    string,
  ][]
}

/** The 34 provinces and 3,321 communes in force since 1 July 2025. */
export function loadAdminUnits(): AdminUnits {
  // JSON imports widen literals to string; the derive script guarantees them.
  const file = data as AdminUnitsFile
  return {
    provinces: file.provinces.map(([code, name, type]) => ({
      code,
      name,
      type,
    })),
    communes: file.communes.map(([code, name, type, province_code]) => ({
      code,
      name,
      type,
      province_code,
    })),
    predecessors: file.predecessors.map(
      ([
        commune_code,
        old_code,
        old_name,
        merge,
        old_district_code,
        old_district_name,
        old_province_code,
        old_province_name,
      ]) => ({
        commune_code,
        old_code,
        old_name,
        merge,
        old_district_code,
        old_district_name,
        old_province_code,
        old_province_name,
      })
    ),
  }
}
