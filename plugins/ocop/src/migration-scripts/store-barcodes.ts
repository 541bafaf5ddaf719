import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assignStoreBarcodesWorkflow } from "../workflows/sales-point/assign-store-barcodes"

// Run once by `medusa db:migrate`: packs created before barcodes existed get their
// EAN-13 (new ones get it when created, subscribers/assign-store-barcodes.ts).
export default async function storeBarcodes({ container }: ExecArgs) {
  const { result } = await assignStoreBarcodesWorkflow(container).run({
    input: {},
  })
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`ocop: ${result.length} pack barcode(s) assigned`)
}
