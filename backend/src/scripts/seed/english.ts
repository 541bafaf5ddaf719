import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createTranslationsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import catalog from "./data/ocop-catalog.json"
import catalogEnglish from "./data/catalog-english.json"
import salesPoints from "./data/sales-points.json"
import { SEED_EXPERIENCES } from "./experiences"

/** The shop's second language; Vietnamese (vi-VN) is the original of every text. */
export const ENGLISH = "en-US"

type Translation = {
  reference: string
  reference_id: string
  translations: Record<string, unknown>
}

// Names of the options the seed and the experience workflows create.
const OPTION_TITLES: Record<string, string> = {
  "Quy cách": "Pack",
  Ngày: "Date",
}

/**
 * A delivery option's English name. The seed names the two national ones; each sales
 * point's pickup and each producer's own delivery is named after the place, a
 * proper name that stays as it is.
 */
export function shippingOptionEnglish(name: string): string | null {
  const fixed: Record<string, string> = {
    "Giao hàng tiêu chuẩn": "Standard delivery",
    "Giao hàng nhanh": "Express delivery",
  }
  if (fixed[name]) return fixed[name]
  const pickup = /^Nhận tại (.+)$/.exec(name)
  if (pickup) return `Pick up at ${pickup[1]}`
  const producer = /^Giao từ (.+)$/.exec(name)
  if (producer) return `Delivered by ${producer[1]}`
  return null
}

/**
 * English for everything the seed wrote in Vietnamese, through Medusa's Translation
 * Module: products, packs (variants, the option and its values), delivery options,
 * producers' stories, sales points' addresses and hours, experiences. Makes English
 * a locale of the store (so Medusa Admin offers it), then creates only the
 * translations that are missing: running it again changes nothing, and an English
 * text an operator corrected in Admin is kept.
 */
export async function ensureEnglish(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const {
    data: [store],
  } = await query.graph({
    entity: "store",
    fields: ["id", "supported_locales.locale_code"],
  })
  const locales = (store.supported_locales ?? []).map((l: any) => l.locale_code)
  if (!locales.includes(ENGLISH) || !locales.includes("vi-VN")) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          supported_locales: [
            { locale_code: "vi-VN" },
            { locale_code: ENGLISH },
          ],
        },
      },
    })
  }

  const wanted: Translation[] = []
  const productEnglish = new Map<string, Record<string, string>>()
  const packEnglish = new Map<string, string>()
  for (const p of catalog.products) {
    productEnglish.set(p.handle, {
      title: p.title_en,
      description: p.description_en,
    })
  }
  for (const [vietnamese, english] of Object.entries(catalogEnglish.packs))
    packEnglish.set(vietnamese, english)
  for (const e of SEED_EXPERIENCES) {
    productEnglish.set(e.handle, {
      title: e.english.title,
      subtitle: e.english.subtitle,
      description: e.english.description,
    })
  }

  const { data: products } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "options.id",
      "options.title",
      "options.values.id",
      "options.values.value",
      "variants.id",
      "variants.title",
    ],
    filters: { handle: [...productEnglish.keys()] },
  })
  for (const p of products as any[]) {
    wanted.push({
      reference: "product",
      reference_id: p.id,
      translations: productEnglish.get(p.handle)!,
    })
    for (const o of p.options ?? []) {
      if (OPTION_TITLES[o.title]) {
        wanted.push({
          reference: "product_option",
          reference_id: o.id,
          translations: { title: OPTION_TITLES[o.title] },
        })
      }
      for (const value of o.values ?? []) {
        const english = packEnglish.get(value.value)
        if (english) {
          wanted.push({
            reference: "product_option_value",
            reference_id: value.id,
            translations: { value: english },
          })
        }
      }
    }
    for (const v of p.variants ?? []) {
      const english = packEnglish.get(v.title)
      if (english) {
        wanted.push({
          reference: "product_variant",
          reference_id: v.id,
          translations: { title: english },
        })
      }
    }
  }

  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name"],
  })
  for (const o of options as any[]) {
    const english = shippingOptionEnglish(o.name)
    if (english) {
      wanted.push({
        reference: "shipping_option",
        reference_id: o.id,
        translations: { name: english },
      })
    }
  }

  const storyEnglish = new Map<string, string>()
  for (const [key, story] of Object.entries(catalogEnglish.stories))
    storyEnglish.set(key, story)
  for (const e of SEED_EXPERIENCES) {
    storyEnglish.set(e.host.handle, e.english.host_story)
  }
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["id", "handle"],
    filters: { handle: [...storyEnglish.keys()] },
  })
  for (const p of producers as any[]) {
    wanted.push({
      reference: "producer",
      reference_id: p.id,
      translations: { story: storyEnglish.get(p.handle)! },
    })
  }

  const pointEnglish = new Map(
    salesPoints.sales_points.map((p) => [
      p.handle,
      { address: p.address_en, opening_hours: p.opening_hours_en },
    ])
  )
  const { data: points } = await query.graph({
    entity: "sales_point",
    fields: ["id", "handle"],
    filters: { handle: [...pointEnglish.keys()] },
  })
  for (const p of points as any[]) {
    wanted.push({
      reference: "sales_point",
      reference_id: p.id,
      translations: pointEnglish.get(p.handle)!,
    })
  }

  const { data: experiences } = await query.graph({
    entity: "experience",
    fields: ["id", "product.handle"],
  })
  for (const x of experiences as any[]) {
    const seeded = SEED_EXPERIENCES.find((e) => e.handle === x.product?.handle)
    if (!seeded) continue
    wanted.push({
      reference: "experience",
      reference_id: x.id,
      translations: {
        meeting_point: seeded.english.meeting_point,
        cancellation_terms: seeded.english.cancellation_terms,
        // A list, so not a field Admin edits; the store reads it like the others.
        included: seeded.english.included,
      },
    })
  }

  const have = new Set<string>()
  const ids = wanted.map((t) => t.reference_id)
  for (let i = 0; i < ids.length; i += 500) {
    const { data: existing } = await query.graph({
      entity: "translation",
      fields: ["reference_id"],
      filters: { reference_id: ids.slice(i, i + 500), locale_code: ENGLISH },
    })
    existing.forEach((t: any) => have.add(t.reference_id))
  }
  const missing = wanted.filter((t) => !have.has(t.reference_id))
  if (missing.length) {
    await createTranslationsWorkflow(container).run({
      input: {
        translations: missing.map((t) => ({ ...t, locale_code: ENGLISH })),
      },
    })
  }
  logger.info(
    `  ${missing.length} English translations created, ${wanted.length - missing.length} already present`
  )
}
