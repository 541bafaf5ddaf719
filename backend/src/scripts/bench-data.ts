import type { ExecArgs } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createLinksWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { CERTIFICATION_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/certification"
import { PRODUCER_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/producer"
import { progress } from "./seed/progress"
import { SALES_CHANNEL_NAME } from "./seed/store-setup"

const BATCH = 250

/** A small deterministic generator, so two benchmark runs measure the same catalog. */
function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296
    return seed / 4294967296
  }
}

/**
 * `BENCH_TOTAL=10000 medusa exec ./src/scripts/bench-data.ts`: adds synthetic OCOP
 * products (marked with metadata.synthetic) until the catalog holds BENCH_TOTAL,
 * spread over the seeded producers, communes, stars and categories. Benchmark only.
 */
export default async function benchData({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const producerModule = container.resolve(PRODUCER_MODULE) as any
  const certificationModule = container.resolve(CERTIFICATION_MODULE) as any
  const total = Number(process.env.BENCH_TOTAL ?? 1000)
  const random = prng(total)

  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id"],
    filters: { name: SALES_CHANNEL_NAME },
  })
  const producers = await producerModule.listProducers(
    {},
    { select: ["id", "commune_code", "province_code"] }
  )
  const communes = producers.filter((p: any) => p.commune_code)
  const { metadata } = await query.graph({
    entity: "product",
    fields: ["id"],
    pagination: { take: 1, skip: 0 },
  })
  const existing = metadata?.count ?? 0
  const missing = Math.max(0, total - existing)
  logger.info(
    `Benchmark catalog: ${existing} products, adding ${missing} to reach ${total}`
  )
  const batches = Math.ceil(missing / BATCH)
  const step = progress(logger, batches)

  for (let b = 0; b < batches; b++) {
    const size = Math.min(BATCH, missing - b * BATCH)
    const rows = Array.from({ length: size }, (_, i) => {
      const n = existing + b * BATCH + i
      const stars = 3 + Math.floor(random() * 3)
      const producer = producers[Math.floor(random() * producers.length)]
      const place = communes[Math.floor(random() * communes.length)]
      return {
        n,
        stars,
        producer,
        place,
        set: String(1 + Math.floor(random() * 22)).padStart(2, "0"),
      }
    })
    const { result: products } = await createProductsWorkflow(container).run({
      input: {
        products: rows.map((r) => ({
          title: `Sản phẩm thử nghiệm ${r.n}`,
          handle: `bench-${r.n}`,
          status: ProductStatus.PUBLISHED,
          sales_channels: [{ id: channels[0].id }],
          options: [{ title: "Quy cách", values: ["Gói"] }],
          variants: [
            {
              title: "Gói",
              sku: `BENCH-${r.n}`,
              manage_inventory: false,
              options: { "Quy cách": "Gói" },
              prices: [
                {
                  currency_code: "vnd",
                  amount: 20000 + Math.floor(random() * 48) * 10000,
                },
              ],
            },
          ],
          metadata: { synthetic: true },
        })),
      },
    })
    const certifications = await certificationModule.createCertifications(
      rows.map((r) => ({
        stars: r.stars,
        score: r.stars === 5 ? 92 : r.stars === 4 ? 78 : 60,
        category_set: r.set,
        category_sector: 1,
        decision_number: `${r.n}/QĐ-UBND`,
        decision_date: new Date("2025-09-01"),
        recognized_year: 2025,
        issuing_level: r.stars === 5 ? "central" : "province",
        legal_framework: "148+1489",
        valid_from: new Date("2025-09-01"),
        valid_until: new Date("2028-09-01"),
        status: "active",
        origin_commune_code: r.place.commune_code,
        origin_province_code: r.place.province_code,
      }))
    )
    await createLinksWorkflow(container).run({
      input: products.flatMap((p: any, i: number) => [
        {
          [Modules.PRODUCT]: { product_id: p.id },
          [CERTIFICATION_MODULE]: { certification_id: certifications[i].id },
        },
        {
          [Modules.PRODUCT]: { product_id: p.id },
          [PRODUCER_MODULE]: { producer_id: rows[i].producer.id },
        },
      ]),
    })
    step(`${existing + b * BATCH + size} products`)
  }
}
