import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Knex, SqlEntityManager } from "@mikro-orm/postgresql"
import type { AdminUnits } from "./data/admin-units"
import { Commune } from "./models/commune"
import { FormerCommune } from "./models/former-commune"
import { Province } from "./models/province"
import { escapeLike, foldVietnamese } from "./rules/fold-vietnamese"

export type CommuneMatch = {
  code: string
  name: string
  type: "xa" | "phuong" | "dac_khu"
  province: { code: string; name: string }
  former_units: {
    old_code: string
    old_name: string
    merge: "full" | "partial"
    old_district_name: string | null
    old_province_name: string | null
  }[]
}

const INSERT_CHUNK = 1000

/** The July 2025 provinces and communes, and the former communes merged into them. */
class AdminUnitsModuleService extends MedusaService({
  Province,
  Commune,
  FormerCommune,
}) {
  /**
   * Replaces the administrative units with the given July 2025 scheme in one
   * transaction. The generated create methods would build ~15k ORM entities; a
   * chunked insert keeps the seed at a few seconds.
   */
  @InjectManager()
  async importAdminUnits(
    units: AdminUnits,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ provinces: number; communes: number; former_communes: number }> {
    return await this.importAdminUnits_(units, sharedContext)
  }

  @InjectTransactionManager()
  protected async importAdminUnits_(
    units: AdminUnits,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const knex = manager.getKnex()
    // execute() runs the built query inside this method's transaction.
    const run = (query: Knex.QueryBuilder) => manager.execute(query)
    const insert = async (table: string, rows: object[]) => {
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await run(knex(table).insert(rows.slice(i, i + INSERT_CHUNK)))
      }
    }
    const formerByCommune = new Map<string, string[]>()
    for (const p of units.predecessors) {
      const words = [p.old_name, p.old_district_name ?? "", p.old_code]
      formerByCommune.set(p.commune_code, [
        ...(formerByCommune.get(p.commune_code) ?? []),
        ...words,
      ])
    }
    const provinceName = new Map(units.provinces.map((p) => [p.code, p.name]))

    await run(knex("ocop_former_commune").del())
    await run(knex("ocop_commune").del())
    await run(knex("ocop_province").del())
    await insert("ocop_province", units.provinces)
    await insert(
      "ocop_commune",
      units.communes.map((c) => ({
        ...c,
        name_folded: foldVietnamese(c.name),
        search_text: foldVietnamese(
          [
            c.code,
            c.name,
            provinceName.get(c.province_code) ?? "",
            ...(formerByCommune.get(c.code) ?? []),
          ].join(" ")
        ),
      }))
    )
    await insert(
      "ocop_former_commune",
      units.predecessors.map((p, i) => ({
        id: `ocfc_${p.commune_code}_${String(i).padStart(5, "0")}`,
        ...p,
      }))
    )
    return {
      provinces: units.provinces.length,
      communes: units.communes.length,
      former_communes: units.predecessors.length,
    }
  }

  /**
   * Finds current communes by code, by current name or by a former commune or
   * district name, with or without diacritics ("chau phong", "Tân Châu", "30403").
   */
  @InjectManager()
  async searchCommunes(
    filters: {
      q?: string
      province_code?: string
      code?: string[]
      limit?: number
      offset?: number
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ communes: CommuneMatch[]; count: number }> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const query = knex("ocop_commune as c")
      .join("ocop_province as p", "p.code", "c.province_code")
      .whereNull("c.deleted_at")
    if (filters.province_code)
      query.where("c.province_code", filters.province_code)
    if (filters.code?.length) query.whereIn("c.code", filters.code)
    const words = foldVietnamese(filters.q ?? "")
      .split(" ")
      .filter(Boolean)
    for (const word of words) {
      query.where(
        "c.search_text",
        "like",
        `%${escapeLike(word)}%`
      )
    }
    const [{ count }] = await query
      .clone()
      .count<{ count: string }[]>("* as count")
    const rows = await query
      .select(
        "c.code",
        "c.name",
        "c.type",
        "p.code as province_code",
        "p.name as province_name"
      )
      // Exact code first, then units whose own name holds the words as typed, then
      // matches through former names and districts.
      .orderByRaw(
        "(c.code = ?) desc, (c.name_folded like ?) desc, c.province_code, c.name",
        [filters.q?.trim() ?? "", `%${words.join(" ")}%`]
      )
      .limit(filters.limit ?? 20)
      .offset(filters.offset ?? 0)
    const former = rows.length
      ? await knex("ocop_former_commune")
          .whereIn(
            "commune_code",
            rows.map((r) => r.code)
          )
          .whereNull("deleted_at")
          .orderBy(["commune_code", "old_name"])
      : []
    return {
      count: Number(count),
      communes: rows.map((r) => ({
        code: r.code,
        name: r.name,
        type: r.type,
        province: { code: r.province_code, name: r.province_name },
        former_units: former
          .filter((f) => f.commune_code === r.code)
          .map((f) => ({
            old_code: f.old_code,
            old_name: f.old_name,
            merge: f.merge,
            old_district_name: f.old_district_name,
            old_province_name: f.old_province_name,
          })),
      })),
    }
  }
}

export default AdminUnitsModuleService
