import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { ADMIN_UNITS_MODULE } from ".."
import { loadAdminUnits, type AdminUnits } from "../data/admin-units"
import type AdminUnitsModuleService from "../service"

// An Giang and Cần Thơ only: the rules do not depend on the other 32 provinces and
// the smaller import keeps each test fast.
function regionalUnits(): AdminUnits {
  const all = loadAdminUnits()
  const keep = new Set(["91", "92"])
  const communes = all.communes.filter((c) => keep.has(c.province_code))
  const codes = new Set(communes.map((c) => c.code))
  return {
    provinces: all.provinces.filter((p) => keep.has(p.code)),
    communes,
    predecessors: all.predecessors.filter((p) => codes.has(p.commune_code)),
  }
}

moduleIntegrationTestRunner<AdminUnitsModuleService>({
  moduleName: ADMIN_UNITS_MODULE,
  resolve: path.resolve(__dirname, ".."),
  testSuite: ({ service }) => {
    describe("importAdminUnits", () => {
      it("loads the provinces, communes and former communes it is given", async () => {
        const counts = await service.importAdminUnits(regionalUnits())
        expect(counts).toEqual({
          provinces: 2,
          communes: 205,
          former_communes: expect.any(Number),
        })
        expect(await service.listProvinces({})).toHaveLength(2)
        const [chauPhong] = await service.listCommunes({ code: "30403" })
        expect(chauPhong).toEqual(
          expect.objectContaining({
            name: "Xã Châu Phong",
            type: "xa",
            province_code: "91",
          })
        )
      })

      it("replaces what was loaded before instead of adding to it", async () => {
        await service.importAdminUnits(regionalUnits())
        await service.importAdminUnits(regionalUnits())
        expect(await service.listCommunes({}, { take: 1000 })).toHaveLength(205)
      })
    })

    describe("searchCommunes", () => {
      beforeEach(async () => {
        await service.importAdminUnits(regionalUnits())
      })

      it("finds a commune typed without diacritics, its own name first", async () => {
        const { communes } = await service.searchCommunes({ q: "chau phong" })
        expect(communes[0]).toEqual(
          expect.objectContaining({
            code: "30403",
            name: "Xã Châu Phong",
            province: { code: "91", name: "Tỉnh An Giang" },
          })
        )
      })

      it("finds today's commune by the name of a commune that merged into it", async () => {
        const { communes } = await service.searchCommunes({ q: "Lê Chánh" })
        expect(communes.map((c) => c.code)).toContain("30403")
        const chauPhong = communes.find((c) => c.code === "30403")!
        expect(chauPhong.former_units).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              old_name: "Xã Lê Chánh",
              old_district_name: "Thị xã Tân Châu",
            }),
          ])
        )
      })

      it("finds the wards a split commune went to, both of them", async () => {
        const { communes } = await service.searchCommunes({
          q: "vinh chau",
          province_code: "91",
        })
        expect(communes.map((c) => c.code)).toEqual(
          expect.arrayContaining(["30316", "30325"])
        )
      })

      it("finds a commune by its official code", async () => {
        const { communes, count } = await service.searchCommunes({ q: "31408" })
        expect(communes[0].code).toBe("31408")
        expect(count).toBeGreaterThanOrEqual(1)
      })

      it("finds the communes of a former district", async () => {
        const { communes } = await service.searchCommunes({
          q: "phung hiep",
          limit: 50,
        })
        expect(communes.length).toBeGreaterThan(3)
        expect(communes.every((c) => c.province.code === "92")).toBe(true)
      })

      it("pages with a total count", async () => {
        const first = await service.searchCommunes({
          province_code: "92",
          limit: 10,
        })
        const second = await service.searchCommunes({
          province_code: "92",
          limit: 10,
          offset: 10,
        })
        expect(first.count).toBe(103)
        expect(first.communes).toHaveLength(10)
        expect(second.communes.map((c) => c.code)).not.toContain(
          first.communes[0].code
        )
      })

      it("treats % and _ in the query as plain characters", async () => {
        const { count } = await service.searchCommunes({ q: "%" })
        expect(count).toBe(0)
      })
    })
  },
})
