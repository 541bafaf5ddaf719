// Writes the compact GHN master-data extract that derive-ghn-codes.mjs reads
// (scripts/data/ghn-master-data.json) from a dump of GHN's own lists.
//
//   node plugins/ocop/scripts/extract-ghn-master-data.mjs <dump> [source note]
//
// <dump> is either
//  - a JSON file { provinces, districts, wards } holding the records GHN's
//    master-data API answers (GET master-data/province, /district,
//    /ward?district_id=…), e.g. made with a token as docs/carriers.md shows; or
//  - a folder holding the public dump docs/carriers.md cites: new-province.js,
//    new-district.js (full records) and new-ward2.js (WardCode, DistrictID,
//    WardName), JavaScript array literals read as data in an empty sandbox.
//
// The extract keeps only what the mapping needs: ids, names, GHN's alternative
// spellings (NameExtension) and a district's Status (2 = locked by GHN).

import { readFileSync, statSync, writeFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import vm from "node:vm"

export const EXTRACT_PATH = fileURLToPath(
  new URL("./data/ghn-master-data.json", import.meta.url)
)

/** An `export default [...]` / `module.exports = [...]` data file, evaluated with no globals. */
function readArrayLiteral(file) {
  const text = readFileSync(file, "utf8")
    .replace(/^\s*export\s+default\s+/m, "result = ")
    .replace(/^\s*module\.exports\s*=\s*/m, "result = ")
  const sandbox = Object.create(null)
  vm.runInNewContext(text, sandbox, { timeout: 5000 })
  if (!Array.isArray(sandbox.result)) throw new Error(`${file}: not an array`)
  return sandbox.result
}

function readDump(dump) {
  if (statSync(dump).isDirectory())
    return {
      provinces: readArrayLiteral(path.join(dump, "new-province.js")),
      districts: readArrayLiteral(path.join(dump, "new-district.js")),
      wards: readArrayLiteral(path.join(dump, "new-ward2.js")),
    }
  const json = JSON.parse(readFileSync(dump, "utf8"))
  return json.data ? json.data : json
}

const ext = (record) =>
  Array.isArray(record.NameExtension) ? record.NameExtension : []

/** GHN's records → the compact rows; sorted so a re-run diffs cleanly. */
export function compactMasterData({ provinces, districts, wards }) {
  const byNumber = (a, b) => a[0] - b[0]
  return {
    provinces: provinces
      .map((p) => [p.ProvinceID, p.ProvinceName, ext(p)])
      .sort(byNumber),
    districts: districts
      .map((d) => [
        d.DistrictID,
        d.ProvinceID,
        d.DistrictName,
        ext(d),
        d.Status ?? 1,
      ])
      .sort(byNumber),
    wards: wards
      .map((w) => [String(w.WardCode), w.DistrictID, w.WardName, ext(w)])
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])),
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dump, note] = process.argv.slice(2)
  if (!dump) {
    console.error(
      "usage: extract-ghn-master-data.mjs <dump file or folder> [source note]"
    )
    process.exit(2)
  }
  const compact = compactMasterData(readDump(dump))
  const out = {
    source: note ?? dump,
    columns: {
      provinces: ["ProvinceID", "ProvinceName", "NameExtension"],
      districts: [
        "DistrictID",
        "ProvinceID",
        "DistrictName",
        "NameExtension",
        "Status",
      ],
      wards: ["WardCode", "DistrictID", "WardName", "NameExtension"],
    },
    ...compact,
  }
  // One row a line: small diffs when GHN's lists change.
  const rows = (list) =>
    "[\n" + list.map((r) => "  " + JSON.stringify(r)).join(",\n") + "\n ]"
  writeFileSync(
    EXTRACT_PATH,
    "{\n" +
      ` "source": ${JSON.stringify(out.source)},\n` +
      ` "columns": ${JSON.stringify(out.columns)},\n` +
      ` "provinces": ${rows(out.provinces)},\n` +
      ` "districts": ${rows(out.districts)},\n` +
      ` "wards": ${rows(out.wards)}\n}\n`
  )
  console.log(
    `GHN master data: ${out.provinces.length} provinces, ${out.districts.length} districts, ${out.wards.length} wards → ${EXTRACT_PATH}`
  )
}
