// Maps our 2025 communes to GHN's address ids (DistrictID + WardCode), from GHN's
// master data and our administrative units, and writes
// src/providers/ghn/ghn-communes.json.
//
//   node plugins/ocop/scripts/derive-ghn-codes.mjs [ghn-master-data.json]
//
// Without an argument the committed extract (scripts/data/ghn-master-data.json,
// made by extract-ghn-master-data.mjs; its source is recorded in the file and in
// docs/carriers.md) is used. A fresh dump with a GHN token goes through
// extract-ghn-master-data.mjs first, or is passed here as GHN's own
// { provinces, districts, wards } records.
//
// GHN still files addresses by the three pre-2025 levels (its API takes a
// DistrictID and a WardCode), so a 2025 commune is sent as one of the old wards it
// was made of, in that ward's old district and province (the predecessor table of
// the administrative units). Which one: the old ward that kept the new commune's
// code (the seat of the merge); if GHN does not list it, the first old ward (by
// code) merged whole into the commune. An old ward only partly merged is never used
// unless it is the seat: its GHN code also covers land of another commune. A
// commune none of whose candidates GHN lists under exactly one matching name stays
// unmapped, and checkout refuses GHN for it instead of sending a parcel to a
// guessed ward.

import { readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

export const MASTER_DATA_PATH = fileURLToPath(
  new URL("./data/ghn-master-data.json", import.meta.url)
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

// The admin-units module's folding (diacritics off, đ → d, lower case), plus what
// differs between GHN's spellings and the official names: punctuation ("TP.",
// "Ea H'Leo", "Bà Rịa - Vũng Tàu") and zero-padded numbers ("Phường 01").
export function fold(text) {
  return String(text ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\b0+(?=\d)/g, "")
    .replace(/\s+/g, " ")
    .trim()
}

// The same without dropping diacritics, for where a tone tells two places apart
// ("Xã An Phú" is not "Xã An Phụ"): only the tone mark's place in the syllable
// ("Hoà"/"Hòa", "Thuỷ"/"Thủy") and case, punctuation and padding are evened out.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g
export function spelling(text) {
  return String(text ?? "")
    .normalize("NFD")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .replace(/\b0+(?=\d)/g, "")
    .split(" ")
    .filter(Boolean)
    .map((word) => {
      const tones = word.match(TONES) ?? []
      return (word.replace(TONES, "") + tones.join("")).normalize("NFC")
    })
    .join(" ")
}

// "Quận 1" and "Phường 10" keep their prefix: without it the name is a bare number.
const PREFIX =
  /^(tinh|thanh pho|tp|quan|q|huyen|h|thi xa|tx|thi tran|tt|phuong|p|xa|x)\s+(?=\D)/
export const bare = (folded) => folded.replace(PREFIX, "")

/** A GHN record's names, folded: with their unit prefix (full) and without (bare). */
function namesOf(name, extensions = []) {
  const spelled = new Set()
  const full = new Set()
  const stripped = new Set()
  for (const n of [name, ...(extensions ?? [])]) {
    const f = fold(n)
    if (!f) continue
    spelled.add(spelling(n))
    full.add(f)
    stripped.add(bare(f))
  }
  return { spelled, full, bare: stripped }
}

/**
 * The one record answering to `wanted`: first by its exact spelling, then by the
 * name with its unit prefix but without diacritics ("Xã Tân Châu" is not "Thị trấn
 * Tân Châu"), then, for a unit GHN files under another prefix (an upgraded "Thị xã"
 * now "Thành phố", a "Xã" now "Phường"), by the bare name. Two candidates at a
 * step mean no answer.
 */
export function pickOne(records, wanted) {
  const w = fold(wanted)
  if (!w) return null
  const steps = [
    (r) => r.names.spelled.has(spelling(wanted)),
    (r) => r.names.full.has(w),
    (r) => r.names.bare.has(bare(w)),
  ]
  for (const step of steps) {
    const found = records.filter(step)
    if (found.length) return found.length === 1 ? found[0] : null
  }
  return null
}

/** Compact rows (extract-ghn-master-data.mjs) or GHN's own records, one shape. */
export function readMasterData(master) {
  const row = (r, keys) =>
    Array.isArray(r) ? Object.fromEntries(keys.map((k, i) => [k, r[i]])) : r
  return {
    provinces: master.provinces.map((r) =>
      row(r, ["ProvinceID", "ProvinceName", "NameExtension"])
    ),
    districts: master.districts.map((r) =>
      row(r, [
        "DistrictID",
        "ProvinceID",
        "DistrictName",
        "NameExtension",
        "Status",
      ])
    ),
    wards: master.wards.map((r) =>
      row(r, ["WardCode", "DistrictID", "WardName", "NameExtension"])
    ),
  }
}

/** The old wards that may stand for a commune, in the order they are tried. */
export function candidatesOf(commune, predecessors) {
  const own = predecessors.filter(
    (p) => p.commune_code === commune.code && p.old_name
  )
  const seat = own.find((p) => p.old_code === commune.code)
  const whole = own
    .filter((p) => p.merge === "full" && p !== seat)
    .sort((a, b) => a.old_code.localeCompare(b.old_code))
  return seat ? [seat, ...whole] : whole
}

/**
 * commune code → [GHN DistrictID, GHN WardCode, the old ward's code] for every
 * commune one of whose candidates GHN lists; the rest are reported as unmapped.
 */
export function deriveGhnCodes(units, masterData) {
  const master = readMasterData(masterData)
  const provinces = master.provinces.map((p) => ({
    ...p,
    names: namesOf(p.ProvinceName, p.NameExtension),
  }))
  // A district GHN has locked (Status 2) takes no parcels.
  const districtsOf = new Map()
  for (const d of master.districts) {
    if (d.Status === 2) continue
    const list = districtsOf.get(d.ProvinceID) ?? []
    list.push({ ...d, names: namesOf(d.DistrictName, d.NameExtension) })
    districtsOf.set(d.ProvinceID, list)
  }
  const wardsOf = new Map()
  for (const w of master.wards) {
    const list = wardsOf.get(w.DistrictID) ?? []
    list.push({ ...w, names: namesOf(w.WardName, w.NameExtension) })
    wardsOf.set(w.DistrictID, list)
  }

  // Every ward of a province's open districts, for a ward GHN files under another
  // district than the official table (districts merged, split or re-drawn since
  // GHN's list was taken).
  const provinceWards = (provinceId) =>
    (districtsOf.get(provinceId) ?? []).flatMap(
      (d) => wardsOf.get(d.DistrictID) ?? []
    )

  const provinceOf = (old) => pickOne(provinces, old.old_province_name)

  /** The old ward in its own old district: [DistrictID, WardCode] or null. */
  const inDistrict = (old) => {
    const province = provinceOf(old)
    const district =
      province &&
      pickOne(districtsOf.get(province.ProvinceID) ?? [], old.old_district_name)
    const ward =
      district && pickOne(wardsOf.get(district.DistrictID) ?? [], old.old_name)
    return ward ? [district.DistrictID, String(ward.WardCode)] : null
  }

  /** The one ward of the old province spelt exactly as the old ward, wherever filed. */
  const inProvinceOnly = (old) => {
    const province = provinceOf(old)
    if (!province) return null
    const wanted = spelling(old.old_name)
    const same = provinceWards(province.ProvinceID).filter((r) =>
      r.names.spelled.has(wanted)
    )
    return same.length === 1
      ? [same[0].DistrictID, String(same[0].WardCode)]
      : null
  }

  const communes = {}
  const unmapped = []
  let bySeat = 0
  let inProvince = 0
  for (const commune of units.communes) {
    const candidates = candidatesOf(commune, units.predecessors)
    let found = null
    for (const old of candidates) {
      const ids = inDistrict(old)
      if (ids) {
        found = [...ids, old.old_code]
        if (old.old_code === commune.code) bySeat++
        break
      }
    }
    // GHN files some old wards under another district than the official table
    // (districts merged, split or re-drawn after GHN's list was taken). A ward
    // found only by its name across the province is taken only when another old
    // ward of the same commune is found in that same GHN district: one name alone
    // may be a namesake elsewhere in the province.
    if (!found) {
      const all = units.predecessors.filter(
        (p) => p.commune_code === commune.code && p.old_name
      )
      const located = all
        .map((old) => ({ old, ids: inDistrict(old) ?? inProvinceOnly(old) }))
        .filter((l) => l.ids)
      for (const old of candidates) {
        const mine = located.find((l) => l.old === old)
        const backed =
          mine && located.some((l) => l.old !== old && l.ids[0] === mine.ids[0])
        if (!backed) continue
        found = [...mine.ids, old.old_code]
        if (old.old_code === commune.code) bySeat++
        inProvince++
        break
      }
    }
    if (found) communes[commune.code] = found
    else unmapped.push(commune.code)
  }
  return { communes, unmapped, bySeat, inProvince }
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

/** The file the provider reads: deterministic, one commune a line. */
export function renderOutput(master, derived) {
  const codes = Object.keys(derived.communes).sort()
  const lines = codes.map(
    (code) =>
      `  ${JSON.stringify(code)}: ${JSON.stringify(derived.communes[code])}`
  )
  return (
    "{\n" +
    ` "source": ${JSON.stringify(
      `${master.source ?? "GHN master data"}; derived by plugins/ocop/scripts/derive-ghn-codes.mjs`
    )},\n` +
    ` "columns": ["DistrictID", "WardCode", "old ward code (pre-2025) standing for the commune"],\n` +
    ` "mapped": ${codes.length},\n` +
    ` "mapped_by_seat": ${derived.bySeat},\n` +
    ` "found_outside_their_old_district": ${derived.inProvince},\n` +
    ` "unmapped": ${JSON.stringify(derived.unmapped)},\n` +
    ` "communes": {\n${lines.join(",\n")}\n }\n}\n`
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const masterPath = process.argv[2] ?? MASTER_DATA_PATH
  const master = JSON.parse(readFileSync(masterPath, "utf8"))
  const derived = deriveGhnCodes(readUnits(), master)
  writeFileSync(OUTPUT_PATH, renderOutput(master, derived))
  console.log(
    `GHN codes: ${Object.keys(derived.communes).length} communes mapped (${derived.bySeat} by their seat, ${derived.inProvince} found outside their old district), ${derived.unmapped.length} unmapped → ${OUTPUT_PATH}`
  )
}
