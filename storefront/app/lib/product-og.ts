import type { MetaDescriptor } from "@remix-run/node"

/** The picture shared with a product's link, and what it shows. */
export type OgImage = { url: string; width?: number; height?: number; alt: string }

// The card the shop draws (routes/products.$handle.og-image): Facebook's and Zalo's
// large preview size.
export const OG_CARD = { width: 1200, height: 630 } as const

/**
 * Whether a product picture can be shared as it is: the previews of Facebook and
 * Zalo show JPEG, PNG and WebP, not SVG (the seeded pictures are SVG).
 */
export function isRasterPicture(url: string | null | undefined): boolean {
  if (!url) return false
  try {
    return /\.(jpe?g|png|webp)$/i.test(new URL(url, "http://x.invalid").pathname)
  } catch {
    return false
  }
}

/** og:image with its size and text, and the large Twitter/X card. */
export function ogImageTags(image: OgImage): MetaDescriptor[] {
  const tags: MetaDescriptor[] = [{ property: "og:image", content: image.url }]
  if (image.width && image.height) {
    tags.push(
      { property: "og:image:width", content: String(image.width) },
      { property: "og:image:height", content: String(image.height) }
    )
  }
  tags.push(
    { property: "og:image:alt", content: image.alt },
    { name: "twitter:card", content: "summary_large_image" },
    { name: "twitter:image", content: image.url },
    { name: "twitter:image:alt", content: image.alt }
  )
  return tags
}

/**
 * A product's shared picture: the shop's own address of it (the og-image route),
 * with the card's size when the shop draws the card (the product has no photo a
 * preview can show).
 */
export function productOgImage(
  product: { handle: string; title: string; thumbnail: string | null; images: { url: string }[] },
  origin: string,
  alt: string
): OgImage {
  const url = new URL(`/products/${encodeURIComponent(product.handle)}/og-image`, origin).href
  const photo = product.images[0]?.url ?? product.thumbnail
  return isRasterPicture(photo) ? { url, alt } : { url, alt, ...OG_CARD }
}
