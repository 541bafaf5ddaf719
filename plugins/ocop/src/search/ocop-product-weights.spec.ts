import { describe, expect, it, vi } from "vitest"

// Declaring an index registers it with the running Medusa app; there is none here.
vi.hoisted(() => {
  const g = globalThis as any
  g.MedusaModule ??= { setSearchIndex: () => undefined }
})

import { meilisearchSettings } from "../providers/meilisearch/settings"
import { ocopProductSearchFields } from "./ocop-product"

/**
 * A set's label lists many kinds of product (set 08: "Chế biến từ thịt, trứng,
 * sữa, thủy sản, mật ong, …"): a shopper typing "mat ong" means honey, not the
 * dried beef of the same set. Both providers must weigh the product's own names,
 * with and without diacritics, above its places and labels.
 */
const definition = {
  name: "ocop_product",
  entity: "product",
  fields: ocopProductSearchFields.toFields(),
  settings: {},
} as any

describe("OCOP product search weights", () => {
  it("ranks the product's own names before its places and labels in Meilisearch", () => {
    const order: string[] = meilisearchSettings(definition).searchableAttributes
    const own = ["title", "title_en", "folded_names", "producer_name"]
    const about = ["places", "labels", "folded"]
    expect(order).toEqual(expect.arrayContaining([...own, ...about]))
    for (const name of own)
      for (const label of about)
        expect(order.indexOf(name), `${name} before ${label}`).toBeLessThan(order.indexOf(label))
  })

  it("keeps the folded label copy at the lowest weight, like the labels themselves", () => {
    const fields = ocopProductSearchFields.toFields() as Record<string, any>
    const weight = (name: string) => fields[name].searchable.weight
    expect(weight("folded")).toBe(weight("labels"))
    expect(weight("folded_names")).toBeGreaterThan(weight("producer_name"))
    expect(weight("folded_names")).toBeLessThan(weight("title_en"))
  })
})
