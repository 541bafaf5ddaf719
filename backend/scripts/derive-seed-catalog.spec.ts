import { existsSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { deriveSeedCatalog, escapeXml } from "./derive-seed-catalog.mjs"

const here = path.dirname(fileURLToPath(import.meta.url))
const backend = path.dirname(here)
// The source list lives beside the project (../shared); a checkout without it still
// checks the shipped seed files, and reports the derivation tests as skipped.
const source = path.join(here, "../../../shared/data/ocop-products.json")
const sourcePresent = existsSync(source)
const raw = sourcePresent ? JSON.parse(readFileSync(source, "utf8")) : []
// A fixed day inside the temporary 8 % VAT period, after most 2020–2023 certificates lapsed.
const TODAY = "2026-11-26"
const { products, lapsed } = deriveSeedCatalog(raw, { today: TODAY })
const product = (key: string) => {
  const found = products.find((p) => p.key === key)
  if (!found) throw new Error(`no product ${key}`)
  return found
}

describe.skipIf(!sourcePresent)(
  "deriveSeedCatalog on the shared OCOP list",
  () => {
    it("keeps all 42 products with unique handles and SKUs", () => {
      expect(products).toHaveLength(42)
      const handles = products.map((p) => p.handle)
      expect(new Set(handles).size).toBe(42)
      const skus = products.flatMap((p) => p.variants.map((v) => v.sku))
      expect(new Set(skus).size).toBe(skus.length)
      expect(skus).toContain("OCOP-P01-20TUI")
    })

    it("reads p01's decision number and date, issued by the province", () => {
      expect(product("p01")).toEqual(
        expect.objectContaining({
          decision_number: "2497/QĐ-UBND",
          decision_date: "2022-10-10",
          issuing_body: "UBND tỉnh An Giang",
          issuing_level: "province",
          legal_framework: "1048",
          subtitle: "Chợ Mới, An Giang",
        })
      )
    })

    it("credits a national 5★ without a decision number to the ministry", () => {
      expect(product("p20")).toEqual(
        expect.objectContaining({
          decision_number: null,
          decision_date: null,
          issuing_body: "Bộ Nông nghiệp và PTNT",
          issuing_level: "central",
        })
      )
    })

    it("leaves a split commune unmapped, keeps the hamlet and says why", () => {
      const { origin } = product("p25")
      expect(origin.commune_code).toBeNull()
      expect(origin.note).toContain("nhập một phần")
      expect(origin.address_as_certified).toBe(
        "Xã Vĩnh Châu (ấp Mỹ An), Thành phố Châu Đốc, An Giang"
      )
    })

    it("does not map a commune the source only assumed or never recorded", () => {
      expect(product("p32").origin).toEqual(
        expect.objectContaining({ commune_code: null, former_commune: null })
      )
      expect(product("p36").origin.commune_code).toBeNull()
      expect(product("p36").origin.note).toMatch(/^Chưa ghi nhận xã/)
    })

    it("never invents a producer", () => {
      expect(product("p28").producer).toBeNull()
      expect(product("p42").producer).toBeNull()
      expect(product("p42").description).toContain("chưa ghi tên chủ thể")
    })

    it("leaves the two-set alcohol row without a set but in the drinks sector", () => {
      expect(product("p42")).toEqual(
        expect.objectContaining({
          category_set: null,
          category_sector: 2,
          age_restricted: true,
          vat_rate: 10,
        })
      )
    })

    it("gives every product of Thanh Hồ one shared producer record", () => {
      const thanhHo = products.filter(
        (p) => p.producer?.name === "Công ty TNHH SX-TM Thanh Hồ"
      )
      expect(thanhHo.length).toBeGreaterThanOrEqual(2)
      expect(thanhHo[0].producer?.key).toBe("thanh-ho")
      for (const p of thanhHo) expect(p.producer).toEqual(thanhHo[0].producer)
    })

    it("drops a producer type the source calls a guess", () => {
      expect(product("p08").producer?.type).toBeNull()
    })

    it("prices every variant as a positive whole number of thousands of đồng", () => {
      for (const variant of products.flatMap((p) => p.variants)) {
        expect(Number.isInteger(variant.price_vnd)).toBe(true)
        expect(variant.price_vnd).toBeGreaterThan(0)
        expect(variant.price_vnd % 1000).toBe(0)
      }
      expect(products.every((p) => p.prices_illustrative)).toBe(true)
    })

    it("keeps diacritics in titles and only ASCII in handles", () => {
      expect(
        products.filter((p) => p.title.startsWith("Đường")).length
      ).toBeGreaterThan(0)
      for (const [i, p] of products.entries()) {
        expect(p.title).toBe(raw[i].name_vi)
        expect(p.handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      }
      expect(product("p14").handle).toBe("duong-thot-not-dang-bot-moun7ains")
    })

    it("reads upgrades and re-recognitions only when they describe this recognition", () => {
      expect(product("p35").evaluation_type).toBe("upgrade")
      expect(product("p29").evaluation_type).toBe("re-evaluation")
      // "possibly upgraded to 5★" on a 4★ row is a later, unconfirmed step.
      expect(product("p19").evaluation_type).toBeNull()
    })

    it("exempts fresh produce sold by its grower and applies 8 % until the end of 2026", () => {
      expect(product("p39").vat_rate).toBe(0)
      expect(product("p01").vat_rate).toBe(8)
      const nextYear = deriveSeedCatalog(raw, { today: "2027-01-01" }).products
      expect(nextYear.find((p) => p.key === "p01")?.vat_rate).toBe(10)
    })

    it("reports certificates past their 36 months", () => {
      const keys = lapsed.map((l) => l.key)
      expect(keys).toContain("p01")
      expect(keys).not.toContain("p29")
    })

    it("sells a tourism product missing from the pack table per person", () => {
      const row = {
        ...raw[0],
        id: "p99",
        name_vi: "Du lịch cộng đồng làng Chăm",
      }
      const tourism = {
        ...row,
        category_group: "Dịch vụ du lịch",
        category_set: "26 Dịch vụ du lịch cộng đồng",
      }
      const {
        products: [derived],
        warnings,
      } = deriveSeedCatalog([tourism], { today: TODAY })
      expect(derived.category_sector).toBe(6)
      expect(derived.variants[0]).toEqual(
        expect.objectContaining({
          title: "Trải nghiệm 1 người",
          weight_g: null,
        })
      )
      expect(warnings.join("\n")).toContain("p99: not in the pack table")
    })
  }
)

describe("the generated seed files", () => {
  const catalog = JSON.parse(
    readFileSync(
      path.join(backend, "src/scripts/seed/data/ocop-catalog.json"),
      "utf8"
    )
  )

  it.skipIf(!sourcePresent)(
    "match what the script derives from the shared list",
    () => {
      // VAT follows the date the script ran on, so it is left out of the comparison.
      const withoutVat = (list: { vat_rate: number }[]) =>
        list.map(({ vat_rate: _, ...rest }) => rest)
      expect(withoutVat(catalog.products)).toEqual(withoutVat(products))
    }
  )

  it("include one small standalone SVG per product, titled in escaped Vietnamese", () => {
    for (const p of catalog.products) {
      expect(p.image).toBe(`/static/ocop/${p.handle}.svg`)
      const file = path.join(backend, "static/ocop", `${p.handle}.svg`)
      const svg = readFileSync(file, "utf8")
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
        true
      )
      expect(svg.trimEnd().endsWith("</svg>")).toBe(true)
      expect(svg).toContain(`<title id="t">${escapeXml(p.title)}`)
      expect(svg).toContain("★".repeat(p.stars))
      expect(svg).not.toMatch(/href=|url\(/)
      expect(statSync(file).size).toBeLessThan(6 * 1024)
    }
  })
})
