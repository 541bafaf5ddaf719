import type { MetaDescriptor } from "@remix-run/node"

type Seo = {
  title: string
  description: string
  /** Absolute URL of the page (canonical and og:url). */
  url?: string
  image?: string | null
  type?: "website" | "product" | "profile"
  locale?: "vi" | "en"
  noindex?: boolean
}

/** Title, description, canonical link and Open Graph tags for a page (Remix meta replaces the parent's). */
export function seo({ title, description, url, image, type = "website", locale = "vi", noindex }: Seo): MetaDescriptor[] {
  const tags: MetaDescriptor[] = [
    { title },
    { name: "description", content: description },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
    { property: "og:type", content: type },
    { property: "og:site_name", content: "OCOP Market" },
    { property: "og:locale", content: locale === "vi" ? "vi_VN" : "en_GB" },
  ]
  if (url) tags.push({ property: "og:url", content: url }, { tagName: "link", rel: "canonical", href: url })
  if (image) tags.push({ property: "og:image", content: image })
  if (noindex) tags.push({ name: "robots", content: "noindex" })
  return tags
}
