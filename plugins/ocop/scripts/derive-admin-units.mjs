// Derives the 2025 administrative units (34 provinces, their communes, and
// each commune's pre-2025 predecessors) from the NSO old→new conversion table,
// and writes them to src/modules/admin-units/data/admin-units-2025.json.
//
//   node plugins/ocop/scripts/derive-admin-units.mjs [path-to-csv]

import { readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { parse } from "csv-parse/sync"

// The shared data folder sits beside the repository, not inside it.
export const DEFAULT_CSV_PATH = fileURLToPath(
  new URL(
    "../../../../shared/data/admin-units-2025/vietnam-communes-old-to-new.csv",
    import.meta.url
  )
)
export const OUTPUT_PATH = fileURLToPath(
  new URL("../src/modules/admin-units/data/admin-units-2025.json", import.meta.url)
)
export const SOURCE =
  "NSO Bảng chuyển đổi ĐVHC mới – cũ (in force 1/7/2025, QĐ 19/2025/QĐ-TTg codes), " +
  "via sunshine-tech/VietnamProvinces dev/seed-data/2025-07; " +
  "derived by plugins/ocop/scripts/derive-admin-units.mjs"

const COLUMNS = 8

// The table mixes composed and decomposed Unicode, pads names with spaces and
// newlines, and sometimes doubles the space inside a name.
function clean(value) {
  return value.normalize("NFC").replace(/\s+/g, " ").trim()
}

// A few rows misspell or lower-case the unit prefix ("Xa Ea Kly",
// "Thi trấn Ngan Dừa", "phường Vĩnh Hải", "Thị Xã Sa Pa"); without the fix
// the same unit would show up under two spellings.
const PREFIX_FIXES = [
  [/^xa /i, "Xã "],
  [/^xã /, "Xã "],
  [/^phường /, "Phường "],
  [/^thi trấn /i, "Thị trấn "],
  [/^thị trấn /i, "Thị trấn "],
  [/^thị xã /i, "Thị xã "],
  [/^thành phố /i, "Thành phố "],
]

function unitName(value) {
  const name = clean(value)
  const fix = PREFIX_FIXES.find(([pattern]) => pattern.test(name))
  return fix ? name.replace(fix[0], fix[1]) : name
}

// Old district codes are unique nationwide, yet three rows file a district
// under the wrong old province (Hà Tiên under An Giang instead of Kiên Giang,
// Tân An under Tiền Giang, Cồn Cỏ under code 44, which was Quảng Bình).
const OLD_PROVINCE_OF_DISTRICT = {
  471: { code: "45", name: "Tỉnh Quảng Trị" },
  794: { code: "80", name: "Tỉnh Long An" },
  900: { code: "91", name: "Tỉnh Kiên Giang" },
}

/** Splits "Tỉnh An Giang (91)" into its name and code. */
function nameAndCode(value, digits, what, line) {
  const match = new RegExp(`^(.+) \\((\\d{${digits}})\\)$`).exec(
    unitName(value)
  )
  if (!match) throw new Error(`line ${line}: cannot read ${what} "${value}"`)
  return { name: match[1], code: match[2] }
}

function provinceType(name, line) {
  if (name.startsWith("Tỉnh ")) return "tinh"
  if (name.startsWith("Thành phố ")) return "thanh_pho"
  throw new Error(`line ${line}: unknown province type "${name}"`)
}

function communeType(name, line) {
  if (name.startsWith("Xã ")) return "xa"
  if (name.startsWith("Phường ")) return "phuong"
  if (name.startsWith("Đặc khu ")) return "dac_khu"
  throw new Error(`line ${line}: unknown commune type "${name}"`)
}

// The note has more than twenty spellings. Any mention of "một phần" (part)
// means the old unit was split; whole mergers, renames, type changes and
// whole districts turned into special zones carry the whole unit over.
function mergeKind(note, line) {
  const text = clean(note).toLowerCase()
  if (text.includes("một phần")) return "partial"
  if (/toàn bộ|giữ nguyên|đổi tên|đổi loại hình/.test(text)) return "full"
  throw new Error(`line ${line}: unknown merge note "${note}"`)
}

/**
 * Parses the NSO old→new conversion table.
 * @param {string} csvText
 */
export function parseConversionTable(csvText) {
  const rows = parse(csvText, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  })

  const provinces = new Map()
  const communes = new Map()
  const predecessors = []

  for (const { record, info } of rows) {
    const line = info.lines
    const cells = Array.from({ length: COLUMNS }, (_, i) => record[i] ?? "")
    const [
      newProvince,
      newName,
      newCode,
      oldName,
      oldCode,
      note,
      oldDistrict,
      oldProvince,
    ] = cells
    // Both header rows and the per-province banner rows ("AN GIANG") have no
    // codes; one banner even repeats a full province name, so the codes, not
    // the first column, tell data from decoration.
    if (!/^\s*\d{5}\s*$/.test(newCode)) continue

    const province = nameAndCode(newProvince, 2, "province", line)
    if (!provinces.has(province.code)) {
      provinces.set(province.code, {
        code: province.code,
        name: province.name,
        type: provinceType(province.name, line),
      })
    }

    const code = clean(newCode)
    // A commune spans one row per predecessor; the first spelling wins
    // (the table also writes "Điềm Thụy" as "Điềm Thuỵ").
    if (!communes.has(code)) {
      const name = unitName(newName)
      communes.set(code, {
        code,
        name,
        type: communeType(name, line),
        province_code: province.code,
      })
    }

    const district = nameAndCode(oldDistrict, 3, "old district", line)
    const oldProv =
      OLD_PROVINCE_OF_DISTRICT[district.code] ??
      nameAndCode(oldProvince, 2, "old province", line)
    // Island districts without communes (Côn Đảo, Bạch Long Vĩ…) became
    // special zones as a whole, so their row has no old commune: old_code
    // and old_name stay empty strings, and the old district says what merged.
    predecessors.push({
      commune_code: code,
      old_code: clean(oldCode),
      old_name: unitName(oldName),
      merge: mergeKind(note, line),
      old_district_code: district.code,
      old_district_name: district.name,
      old_province_code: oldProv.code,
      old_province_name: oldProv.name,
    })
  }

  return {
    provinces: [...provinces.values()],
    communes: [...communes.values()],
    predecessors,
  }
}

/** Packs the parsed units into arrays of tuples, one per line. */
export function toCompactJson({ provinces, communes, predecessors }) {
  const rows = (list) =>
    list.map((tuple) => "    " + JSON.stringify(tuple)).join(",\n")
  return [
    "{",
    `  "source": ${JSON.stringify(SOURCE)},`,
    `  "provinces": [\n${rows(provinces.map((p) => [p.code, p.name, p.type]))}\n  ],`,
    `  "communes": [\n${rows(communes.map((c) => [c.code, c.name, c.type, c.province_code]))}\n  ],`,
    `  "predecessors": [\n${rows(
      predecessors.map((p) => [
        p.commune_code,
        p.old_code,
        p.old_name,
        p.merge,
        p.old_district_code,
        p.old_district_name,
        p.old_province_code,
        p.old_province_name,
      ])
    )}\n  ]`,
    "}",
    "",
  ].join("\n")
}

function main() {
  const csvPath = process.argv[2] ?? DEFAULT_CSV_PATH
  const units = parseConversionTable(readFileSync(csvPath, "utf8"))
  writeFileSync(OUTPUT_PATH, toCompactJson(units))
  const partial = units.predecessors.filter((p) => p.merge === "partial").length
  console.log(`read ${csvPath}`)
  console.log(`provinces:    ${units.provinces.length}`)
  console.log(`communes:     ${units.communes.length}`)
  console.log(`predecessors: ${units.predecessors.length} (${partial} partial)`)
  console.log(`wrote ${OUTPUT_PATH}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main()
}
