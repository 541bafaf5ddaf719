import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assignStoreBarcodesWorkflow } from "../workflows/sales-point/assign-store-barcodes"

/**
 * Every hour, the packs still without a barcode get one. A new pack gets its barcode
 * from its product's event (subscribers/assign-store-barcodes.ts), but a bulk import
 * sends hundreds of events at once, and those that wait too long for the numbering
 * lock give up: their packs are labelled here, within the hour.
 */
export default async function assignMissingStoreBarcodesJob(
  container: MedusaContainer
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await assignStoreBarcodesWorkflow(container).run({
    input: {},
  })
  if (result.length)
    logger.info(`OCOP: ${result.length} pack(s) without a barcode given one`)
}

export const config = {
  name: "ocop-assign-missing-store-barcodes",
  schedule: "23 * * * *",
}
