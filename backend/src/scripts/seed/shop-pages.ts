import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { upsertShopPagesWorkflow } from "@ocop-market/medusa-plugin-ocop/workflows"
import data from "./data/shop-pages.json"
import { ENGLISH } from "./english"

/**
 * The returns, privacy, shipping and payment pages a Vietnamese shop's footer links
 * to, with first texts in Vietnamese and English. Only missing pages and missing
 * English are created: what the office wrote in Admin stays.
 */
export async function ensureShopPages(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const slugs = data.pages.map((p) => p.slug)
  const { data: existing } = await query.graph({
    entity: "shop_page",
    fields: ["id", "slug"],
    filters: { slug: slugs },
  })
  const have = new Set(existing.map((p: any) => p.slug))
  const missing = data.pages.filter((p) => !have.has(p.slug))
  if (missing.length) {
    await upsertShopPagesWorkflow(container).run({
      input: {
        pages: missing.map(({ slug, title, body }) => ({ slug, title, body })),
      },
    })
  }
  const { data: pages } = await query.graph({
    entity: "shop_page",
    fields: ["id", "slug"],
    filters: { slug: slugs },
  })
  const { data: translated } = await query.graph({
    entity: "translation",
    fields: ["reference_id"],
    filters: {
      reference_id: pages.map((p: any) => p.id),
      locale_code: ENGLISH,
    },
  })
  const done = new Set(translated.map((t: any) => t.reference_id))
  const english = new Map(data.pages.map((p) => [p.slug, p]))
  const wanted = (pages as any[])
    .filter((p) => !done.has(p.id) && english.has(p.slug))
    .map((p) => ({
      reference: "shop_page",
      reference_id: p.id,
      locale_code: ENGLISH,
      translations: {
        title: english.get(p.slug)!.title_en,
        body: english.get(p.slug)!.body_en,
      },
    }))
  if (wanted.length) {
    await createTranslationsWorkflow(container).run({
      input: { translations: wanted },
    })
  }
}
