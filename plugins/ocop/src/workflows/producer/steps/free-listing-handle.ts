import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { asciiHandle, uniqueHandle } from "../../../modules/producer/rules/handle"

/**
 * The ASCII handle for a listing's title that no live product holds: the title's
 * handle, else the same numbered -2, -3 …
 */
export async function freeListingHandle(
  container: MedusaContainer,
  title: string
): Promise<string> {
  const base = asciiHandle(title)
  const taken = await container.resolve(Modules.PRODUCT).listProducts(
    // asciiHandle yields only [a-z0-9-], so the prefix holds no LIKE wildcards.
    { handle: { $like: `${base || "san-pham"}%` } },
    { select: ["handle"] }
  )
  return uniqueHandle(
    base,
    taken.map((p) => p.handle)
  )
}
