import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SHOP_PAGE_MODULE } from "../../../modules/shop-page"
import type ShopPageModuleService from "../../../modules/shop-page/service"

export type UpsertShopPagesStepInput = { slug: string; title: string; body: string }[]

type Undo = {
  created: string[]
  previous: { id: string; title: string; body: string }[]
}

export const upsertShopPagesStepId = "ocop-upsert-shop-pages"
/**
 * Writes pages by their slug, creating the ones not there yet; compensation deletes
 * what it created and writes back the previous title and body of the others.
 */
export const upsertShopPagesStep = createStep(
  upsertShopPagesStepId,
  async (input: UpsertShopPagesStepInput, { container }) => {
    const pages = container.resolve<ShopPageModuleService>(SHOP_PAGE_MODULE)
    const existing = await pages.listShopPages({ slug: input.map((p) => p.slug) })
    const bySlug = new Map(existing.map((p) => [p.slug, p]))
    const toUpdate = input.filter((p) => bySlug.has(p.slug))
    const toCreate = input.filter((p) => !bySlug.has(p.slug))
    const undo: Undo = {
      created: [],
      previous: toUpdate.map((p) => {
        const before = bySlug.get(p.slug)!
        return { id: before.id, title: before.title, body: before.body }
      }),
    }
    const updated = toUpdate.length
      ? await pages.updateShopPages(
          toUpdate.map((p) => ({ id: bySlug.get(p.slug)!.id, title: p.title, body: p.body }))
        )
      : []
    const created = toCreate.length ? await pages.createShopPages(toCreate) : []
    undo.created = created.map((p) => p.id)
    return new StepResponse([...updated, ...created], undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const pages = container.resolve<ShopPageModuleService>(SHOP_PAGE_MODULE)
    if (undo.created.length) await pages.deleteShopPages(undo.created)
    if (undo.previous.length) await pages.updateShopPages(undo.previous)
  }
)
