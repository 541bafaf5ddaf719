import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
} from "@medusajs/medusa/core-flows"
import { createProducersWorkflow } from "@ocop-market/medusa-plugin-ocop/workflows"
import {
  findCategorySet,
  OCOP_SECTORS,
} from "@ocop-market/medusa-plugin-ocop/modules/certification"
import { PRODUCER_MODULE } from "@ocop-market/medusa-plugin-ocop/modules/producer"
import catalog from "./data/ocop-catalog.json"
import { seedOcopProductWorkflow } from "../../workflows/seed-ocop-product"
import { progress } from "./progress"
import type { StoreSetup } from "./store-setup"

export type SeedProduct = (typeof catalog.products)[number]

const STOCK_PER_VARIANT = 120

/** All products of the shipped catalog, or the ones whose keys are given (tests seed a few). */
export function seedProducts(keys?: string[]): SeedProduct[] {
  return keys
    ? catalog.products.filter((p) => keys.includes(p.key))
    : catalog.products
}

/**
 * Product categories for the OCOP taxonomy: one per sector, with the 26 criteria
 * sets of the products below them. Returns the category id per sector ("s1") and set ("04").
 */
async function ensureCategories(
  container: MedusaContainer,
  products: SeedProduct[]
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "product_category",
    fields: ["id", "handle"],
  })
  const byHandle = new Map(existing.map((c: any) => [c.handle, c.id as string]))
  const sectors = [...new Set(products.map((p) => p.category_sector))]
  const missingSectors = sectors.filter((s) => !byHandle.has(`ocop-nganh-${s}`))
  if (missingSectors.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missingSectors.map((s) => ({
          name: OCOP_SECTORS.find((sector: any) => sector.code === s).name_vi,
          handle: `ocop-nganh-${s}`,
          is_active: true,
          metadata: { ocop_sector: s },
        })),
      },
    })
    result.forEach((c: any) => byHandle.set(c.handle, c.id))
  }
  const sets = [
    ...new Set(products.map((p) => p.category_set).filter(Boolean)),
  ] as string[]
  const missingSets = sets.filter((s) => !byHandle.has(`ocop-bo-${s}`))
  if (missingSets.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missingSets.map((code) => {
          const set = findCategorySet(code)
          return {
            name: set.name_vi,
            handle: `ocop-bo-${code}`,
            is_active: true,
            parent_category_id: byHandle.get(`ocop-nganh-${set.sector}`),
            metadata: { ocop_category_set: code },
          }
        }),
      },
    })
    result.forEach((c: any) => byHandle.set(c.handle, c.id))
  }
  return (p: SeedProduct) =>
    byHandle.get(
      p.category_set
        ? `ocop-bo-${p.category_set}`
        : `ocop-nganh-${p.category_sector}`
    )!
}

/** Producers of the given products, created once each by handle; returns id per producer key. */
async function ensureProducers(
  container: MedusaContainer,
  products: SeedProduct[]
) {
  const ocop = container.resolve(PRODUCER_MODULE) as any
  const wanted = new Map<string, NonNullable<SeedProduct["producer"]>>()
  for (const p of products)
    if (p.producer) wanted.set(p.producer.key, p.producer)
  const existing = await ocop.listProducers(
    { handle: [...wanted.keys()] },
    { select: ["id", "handle"] }
  )
  const ids = new Map<string, string>(
    existing.map((p: any) => [p.handle, p.id])
  )
  const missing = [...wanted.values()].filter((p) => !ids.has(p.key))
  if (missing.length) {
    const { result } = await createProducersWorkflow(container).run({
      input: {
        producers: missing.map((p) => ({
          handle: p.key,
          name: p.name,
          type: p.type as any,
          address: p.address,
          commune_code: p.commune_code,
          province_code: p.province_code,
          story: p.story,
        })),
      },
    })
    result.forEach((p: any) => ids.set(p.handle, p.id))
  }
  return ids
}

/**
 * The OCOP catalog: categories, producers, products with VND prices and stock, and
 * each product's certification, all through workflows so the seed obeys the same
 * rules as the admin API. Products that exist (by handle) are left as they are.
 */
export async function seedOcopCatalog(
  container: MedusaContainer,
  store: StoreSetup,
  options: { keys?: string[]; backendUrl?: string } = {}
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const products = seedProducts(options.keys)
  const backendUrl = options.backendUrl ?? ""

  const categoryOf = await ensureCategories(container, products)
  const producerIds = await ensureProducers(container, products)
  logger.info(`  ${producerIds.size} producers ready`)

  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: products.map((p) => p.handle) },
  })
  const have = new Set(existing.map((p: any) => p.handle))
  const todo = products.filter((p) => !have.has(p.handle))
  const step = progress(logger, todo.length)

  for (const p of todo) {
    const image = `${backendUrl}${p.image}`
    await seedOcopProductWorkflow(container).run({
      input: {
        product: {
          title: p.title,
          subtitle: p.subtitle ?? undefined,
          handle: p.handle,
          description: p.description,
          status: ProductStatus.PUBLISHED,
          thumbnail: image,
          images: [{ url: image }],
          category_ids: [categoryOf(p)],
          shipping_profile_id: store.shippingProfileId,
          sales_channels: [{ id: store.salesChannelId }],
          weight: p.variants[0].weight_g,
          options: [
            { title: "Quy cách", values: p.variants.map((v) => v.title) },
          ],
          variants: p.variants.map((v) => ({
            title: v.title,
            sku: v.sku,
            weight: v.weight_g,
            manage_inventory: true,
            options: { "Quy cách": v.title },
            prices: [{ currency_code: "vnd", amount: v.price_vnd }],
          })),
          metadata: {
            ocop_key: p.key,
            title_en: p.title_en,
            description_en: p.description_en,
            verified: p.verified,
            notes: p.notes,
            sources: p.sources,
            prices_illustrative: p.prices_illustrative,
            vat_rate: p.vat_rate,
            age_restricted: p.age_restricted,
          },
        },
        producer_id: p.producer ? producerIds.get(p.producer.key)! : null,
        certification: {
          stars: p.stars,
          score: p.score,
          category_set: p.category_set,
          category_sector: p.category_sector,
          decision_number: p.decision_number,
          decision_date: p.decision_date
            ? new Date(`${p.decision_date}T00:00:00Z`)
            : null,
          recognized_year: p.recognized_year,
          issuing_body: p.issuing_body,
          issuing_level: p.issuing_level as any,
          legal_framework: p.legal_framework as any,
          evaluation_type: p.evaluation_type as any,
          origin_address: p.origin.address_as_certified,
          origin_commune_code: p.origin.commune_code,
          origin_province_code: p.origin.province_code,
          origin_note: p.origin.note,
          metadata: { verified: p.verified, sources: p.sources },
        },
      },
    })
    step(`${"★".repeat(p.stars)} ${p.title}`)
  }

  // Stock at the warehouse for every variant that has none there yet.
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "location_levels.location_id"],
  })
  const levels = items
    .filter(
      (i: any) =>
        !(i.location_levels ?? []).some(
          (l: any) => l?.location_id === store.stockLocationId
        )
    )
    .map((i: any) => ({
      inventory_item_id: i.id,
      location_id: store.stockLocationId,
      stocked_quantity: STOCK_PER_VARIANT,
    }))
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({
      input: { inventory_levels: levels },
    })
  }
  logger.info(
    `  ${todo.length} products created, ${products.length - todo.length} already present, stock set for ${levels.length} variants`
  )
}
