// Run by module-split-upgrade.spec.ts with `medusa exec` on the upgraded database: reads
// the seeded rows' former relations through today's links and prints them as one line.
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export default async function readLinks({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const graph = async (entity: string, fields: string[], filters = {}) =>
    (await query.graph({ entity, fields, filters })).data
  const out = {
    products: await graph(
      "product",
      ["handle", "certifications.id", "producer.id", "experience.id"],
      {
        handle: [
          "upgrade-kho-ca-loc",
          "upgrade-mam-thai",
          "upgrade-trai-nghiem",
        ],
      }
    ),
    producers: await graph("producer", [
      "id",
      "members.id",
      "commune.code",
      "province.code",
    ]),
    certifications: await graph("certification", [
      "id",
      "commune.code",
      "province.code",
    ]),
    sales_points: await graph("sales_point", [
      "id",
      "staff.id",
      "stock_location.name",
      "commune.code",
      "province.code",
    ]),
    experiences: await graph("experience", ["id", "commune.code"]),
  }
  console.log(`LINKS ${JSON.stringify(out)}`)
}
