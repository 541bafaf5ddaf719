import {
  ContainerRegistrationKeys,
  Modules,
} from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  inStoreEan13,
  inStoreSerial,
  IN_STORE_PREFIX,
  isEan13,
} from "../../modules/sales-point/rules/ean13"

export type AssignStoreBarcodesInput = {
  variant_ids?: string[]
  product_ids?: string[]
}

export const assignStoreBarcodesStepId = "ocop-assign-store-barcodes"
/**
 * Gives every pack (a goods variant whose stock Medusa manages; never an
 * experience's date seat) an EAN-13 in the variant's `ean`, once: the producer's
 * GTIN when its `barcode` holds a valid one nobody else carries, else the next
 * in-store number of the restricted prefix 20. Medusa's unique index on `ean`
 * keeps them unique; the caller's lock keeps the numbering in order.
 * Compensation clears what it set.
 */
export const assignStoreBarcodesStep = createStep(
  assignStoreBarcodesStepId,
  async (input: AssignStoreBarcodesInput, { container }) => {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const query = knex
      .select("v.id", "v.barcode")
      .from("product_variant as v")
      .join("product as p", "p.id", "v.product_id")
      .whereNull("v.deleted_at")
      .whereNull("p.deleted_at")
      .whereNull("v.ean")
      .where("v.manage_inventory", true)
      .whereNotExists(
        knex
          .select(knex.raw("1"))
          .from("ocop_product_experience as pe")
          .whereRaw("pe.product_id = p.id")
          .whereNull("pe.deleted_at")
      )
      .orderBy(["p.created_at", "v.created_at", "v.id"])
    if (input.variant_ids) query.whereIn("v.id", input.variant_ids)
    if (input.product_ids) query.whereIn("p.id", input.product_ids)
    const todo = await query
    if (!todo.length) return new StepResponse([], [])
    const [{ max }] = await knex("product_variant")
      .max("ean as max")
      .whereRaw("ean like ?", [`${IN_STORE_PREFIX}%`])
      .whereRaw("length(ean) = 13")
      .whereNull("deleted_at")
    let serial = inStoreSerial(max)
    const taken = new Set(
      (
        await knex("product_variant")
          .select("ean")
          .whereIn(
            "ean",
            todo.map((v: any) => v.barcode).filter((b: any) => b && isEan13(b))
          )
          .whereNull("deleted_at")
      ).map((r: any) => r.ean)
    )
    const updates = todo.map((v: any) => {
      const gtin = v.barcode && isEan13(v.barcode) && !taken.has(v.barcode)
      if (gtin) taken.add(v.barcode)
      return { id: v.id as string, ean: gtin ? (v.barcode as string) : inStoreEan13(++serial) }
    })
    const products = container.resolve(Modules.PRODUCT)
    for (const u of updates) {
      await products.updateProductVariants(u.id, { ean: u.ean })
    }
    return new StepResponse(updates, updates.map((u) => u.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const products = container.resolve(Modules.PRODUCT)
    for (const id of ids) await products.updateProductVariants(id, { ean: null })
  }
)

export const assignStoreBarcodesWorkflowId = "ocop-assign-store-barcodes"
/** Barcodes for the packs that have none yet (all, or those of the variants or products named). */
export const assignStoreBarcodesWorkflow = createWorkflow(
  assignStoreBarcodesWorkflowId,
  (input: WorkflowData<AssignStoreBarcodesInput>) => {
    acquireLockStep({ key: "ocop-store-barcodes", timeout: 30, ttl: 120 })
    const assigned = assignStoreBarcodesStep(input)
    releaseLockStep({ key: "ocop-store-barcodes" })
    return new WorkflowResponse(assigned)
  }
)
