import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../modules/certification"
import { EXPERIENCE_MODULE } from "../modules/experience"
import { PRODUCER_MODULE } from "../modules/producer"
import { SALES_POINT_MODULE } from "../modules/sales-point"

// The module key of each linkable model that left the former single `ocop` module.
const MODULE_OF_MODEL: Record<string, string> = {
  certification: CERTIFICATION_MODULE,
  producer: PRODUCER_MODULE,
  experience: EXPERIENCE_MODULE,
  sales_point: SALES_POINT_MODULE,
}

/**
 * Once, on `medusa db:migrate` after the module split (decision 012). The link tables
 * keep their names and rows, so Medusa only compares their columns and leaves them be;
 * but `link_module_migrations` still describes them as links of the `ocop` module.
 * Medusa matches those descriptions when a link's table is renamed later, so they are
 * relabelled with the new module keys: an upgraded database then records its links as a
 * fresh one does. On a fresh database nothing names `ocop` and nothing changes.
 */
export default async function relabelSplitModuleLinks({ container }: ExecArgs) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const tracked = await pg.raw(
    `select to_regclass('link_module_migrations') is not null as present`
  )
  if (!tracked.rows[0].present) return
  for (const side of ["from", "to"] as const) {
    for (const [model, moduleKey] of Object.entries(MODULE_OF_MODEL)) {
      await pg.raw(
        `update link_module_migrations
            set link_descriptor = jsonb_set(link_descriptor, ?, to_jsonb(?::text))
          where link_descriptor->>? = 'ocop' and link_descriptor->>? = ?`,
        [`{${side}Module}`, moduleKey, `${side}Module`, `${side}Model`, model]
      )
    }
  }
}
