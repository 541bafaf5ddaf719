import type { LoaderFunctionArgs } from "@remix-run/node"
import { getOcopProduct } from "~/lib/data/ocop-products.server"
import { invariantResponse } from "~/lib/invariant"
import { backendUrl } from "~/lib/medusa.server"
import { ogCardPng } from "~/lib/og-card.server"
import { isRasterPicture } from "~/lib/product-og"
import { publicUrl } from "~/lib/public-url.server"

// Chats and social networks fetch it once per shared link; a day is plenty.
const CACHE = "public, max-age=86400"
const MAX_PICTURE_BYTES = 5 * 1024 * 1024
const PICTURE_TYPES: Record<string, (bytes: Uint8Array) => boolean> = {
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/png": (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  "image/webp": (b) => String.fromCharCode(...b.subarray(0, 4)) === "RIFF" && String.fromCharCode(...b.subarray(8, 12)) === "WEBP",
}

/**
 * The picture of a product's shared link (og:image), at the shop's own address: the
 * product's first photo when it is one a preview can show, else the shop's card.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const product = await getOcopProduct(params.handle ?? "", "vi")
  invariantResponse(product, "Not found", { status: 404 })
  const photo = await ownPhoto(product.images[0]?.url ?? product.thumbnail)
  if (photo) return new Response(new Blob([photo.bytes]), { headers: { "content-type": photo.type, "cache-control": CACHE } })
  const png = drawnCard(product.ocop.stars, publicUrl(`/products/${product.handle}`))
  return new Response(new Blob([new Uint8Array(png)]), { headers: { "content-type": "image/png", "cache-control": CACHE } })
}

/**
 * The photo's bytes when it is a JPEG, PNG or WebP stored by the shop's own backend
 * (its file uploads), no larger than 5 MB and what its type says: only the shop's
 * files are fetched, never an address typed into a listing.
 */
async function ownPhoto(url: string | null | undefined): Promise<{ bytes: Uint8Array<ArrayBuffer>; type: string } | null> {
  if (!url || !isRasterPicture(url)) return null
  let address: URL
  try {
    address = new URL(url, backendUrl)
  } catch {
    return null
  }
  if (address.origin !== new URL(backendUrl).origin) return null
  const response = await fetch(address, { redirect: "error" }).catch(() => null)
  if (!response?.ok) return null
  const type = (response.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase()
  const declared = Number(response.headers.get("content-length") ?? 0)
  if (!PICTURE_TYPES[type] || declared > MAX_PICTURE_BYTES) return null
  const bytes = new Uint8Array(await response.arrayBuffer())
  if (bytes.length > MAX_PICTURE_BYTES || !PICTURE_TYPES[type](bytes)) return null
  return { bytes, type }
}

// Cards drawn lately (a tenth of a second each), least recently used first; bounded.
const cards = new Map<string, Buffer>()
function drawnCard(stars: number, url: string): Buffer {
  const key = `${stars} ${url}`
  const kept = cards.get(key)
  if (kept) {
    cards.delete(key)
    cards.set(key, kept)
    return kept
  }
  const png = ogCardPng({ stars, url })
  cards.set(key, png)
  if (cards.size > 200) cards.delete(cards.keys().next().value as string)
  return png
}
