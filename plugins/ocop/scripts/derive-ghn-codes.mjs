// Maps our 2025 communes to GHN's address ids (DistrictID + WardCode), from GHN's
// master data and our administrative units, and writes
// src/providers/ghn/ghn-communes.json.
//
//   node plugins/ocop/scripts/derive-ghn-codes.mjs [ghn-master-data.json]
//
// The master data file holds GHN's own lists as its API returns them
// (GET master-data/province, /district, /ward?district_id=…, each record's
// `NameExtension` included): { provinces: [...], districts: [...], wards: [...] }.
// Without an argument the committed sample (scripts/fixtures) is used, which covers
// the seeded and tested communes only; docs/carriers.md says how to dump the full
// lists with a GHN token.
//
// GHN still files addresses by the three pre-2025 levels, so a 2025 commune is
// sent as the old ward that kept its code (the seat of the merge), in that ward's
// old district. A commune whose seat GHN does not list stays unmapped: checkout
// refuses GHN for it instead of sending a parcel to a guessed ward.

import { readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

export const SAMPLE_PATH = fileURLToPath(
  new URL("./fixtures/ghn-master-data.sample.json", import.meta.url)
)
export const OUTPUT_PATH = fileURLToPath(
  new URL("../src/providers/ghn/ghn-communes.json", import.meta.url)
)
const UNITS_PATH = fileURLToPath(
  new URL(
    "../src/modules/admin-units/data/admin-units-2025.json",
    import.meta.url
  )
)

// The same folding as the admin-units module's foldVietnamese (this script runs
// without the TypeScript build).
export function fold(text) {
  return String(text ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
}

// "Quận 1" and "Phường 10" keep their prefix: without it the name is a bare number.
const PREFIX =
  /^(tinh|thanh pho|tp\.?|quan|huyen|thi xa|thi tran|phuong|xa)\s+(?=\D)/

/** The names a GHN record answers to, folded, with and without the unit prefix. */
export function namesOf(name, extensions = []) {
  const all = new Set()
  for (const n of [name, ...(extensions ?? [])]) {
    const f = fold(n)
    if (!f) continue
    all.add(f)
    all.add(f.replace(PREFIX, ""))
  }
  return all
}

const matches = (names, wanted) => {
  const w = fold(wanted)
  return names.has(w) || names.has(w.replace(PREFIX, ""))
}

/** The predecessor standing for a commune: the seat, else the first full merge. */
export function seatOf(commune, predecessors) {
  const own = predecessors.filter(
    (p) => p.commune_code === commune.code && p.old_name
  )
  return (
    own.find((p) => p.old_code === commune.code) ??
    own.find((p) => p.merge === "full") ??
    own[0] ??
    null
  )
}

/**
 * commune code → [GHN DistrictID, GHN WardCode] for every commune whose seat GHN
 * lists under a single matching district; the rest are reported as unmapped.
 */
export function deriveGhnCodes(units, master) {
  const provinces = master.provinces.map((p) => ({
    ...p,
    names: namesOf(p.ProvinceName, p.NameExtension),
  }))
  const districts = master.districts.map((d) => ({
    ...d,
    names: namesOf(d.DistrictName, d.NameExtension),
  }))
  const wards = master.wards.map((w) => ({
    ...w,
    names: namesOf(w.WardName, w.NameExtension),
  }))
  const communes = {}
  const unmapped = []
  for (const commune of units.communes) {
    const seat = seatOf(commune, units.predecessors)
    const province =
      seat && provinces.filter((p) => matches(p.names, seat.old_province_name))
    const district =
      province?.length === 1 &&
      districts.filter(
        (d) =>
          d.ProvinceID === province[0].ProvinceID &&
          matches(d.names, seat.old_district_name)
      )
    const ward =
      district?.length === 1 &&
      wards.filter(
        (w) =>
          w.DistrictID === district[0].DistrictID &&
          matches(w.names, seat.old_name)
      )
    if (ward?.length === 1)
      communes[commune.code] = [district[0].DistrictID, ward[0].WardCode]
    else unmapped.push(commune.code)
  }
  return { communes, unmapped }
}

/** Reads the compact admin-units JSON into the shape deriveGhnCodes takes. */
export function readUnits(path = UNITS_PATH) {
  const file = JSON.parse(readFileSync(path, "utf8"))
  return {
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const masterPath = process.argv[2] ?? SAMPLE_PATH
  const master = JSON.parse(readFileSync(masterPath, "utf8"))
  const { communes, unmapped } = deriveGhnCodes(readUnits(), master)
  const output = {
    source: `${master.source ?? masterPath}; derived by plugins/ocop/scripts/derive-ghn-codes.mjs`,
    mapped: Object.keys(communes).length,
    unmapped: unmapped.length,
    communes,
  }
  writeFileSync(OUTPUT_PATH, JSON.stringify(output, null, 1) + "\n")
  console.log(
    `GHN codes: ${output.mapped} communes mapped, ${output.unmapped} unmapped → ${OUTPUT_PATH}`
  )
}
