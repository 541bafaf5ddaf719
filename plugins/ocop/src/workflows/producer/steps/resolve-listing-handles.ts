import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isAsciiHandle } from "../../../modules/producer/rules/handle"
import { freeListingHandle } from "./free-listing-handle"

/** Where a listing's handle moves to, and the metadata that remembers the old one. */
export type ListingHandleMove = {
  id: string
  handle: string
  metadata: Record<string, unknown>
}

export const resolveListingHandlesStepId = "ocop-resolve-listing-handles"
/**
 * For each listing still under a non-ASCII handle (made before handles were folded),
 * a free ASCII handle from its title, with the old handle appended to
 * `metadata.ocop_previous_handles` so the store keeps answering the old link. ASCII
 * handles stay as they are, even when the title changes: printed links must not break.
 */
export const resolveListingHandlesStep = createStep(
  resolveListingHandlesStepId,
  async (
    input: { product_ids: string[]; titles?: Record<string, string> },
    { container }
  ) => {
    const products = await container
      .resolve(Modules.PRODUCT)
      .listProducts(
        { id: input.product_ids },
        { select: ["id", "title", "handle", "metadata"] }
      )
    const moves: ListingHandleMove[] = []
    for (const product of products) {
      if (isAsciiHandle(product.handle)) continue
      const metadata = (product.metadata ?? {}) as Record<string, unknown>
      const previous = Array.isArray(metadata.ocop_previous_handles)
        ? (metadata.ocop_previous_handles as string[])
        : []
      moves.push({
        id: product.id,
        handle: await freeListingHandle(
          container,
          input.titles?.[product.id] ?? product.title
        ),
        metadata: {
          ...metadata,
          ocop_previous_handles: [...new Set([...previous, product.handle])],
        },
      })
    }
    return new StepResponse(moves)
  }
)
