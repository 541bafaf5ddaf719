import { listExperiences } from "~/lib/data/ocop-experiences.server"
import { listOcopProducts } from "~/lib/data/ocop-products.server"
import type { OcopProduct } from "~/lib/ocop-types"
import { publicOrigin } from "~/lib/public-url.server"

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

/** Every product, producer, category and province page, for search engines. */
export async function loader() {
  const origin = publicOrigin()
  const products: OcopProduct[] = []
  let facets = null
  for (let offset = 0; ; offset += 100) {
    const page = await listOcopProducts({ limit: 100, offset }, "vi")
    facets ??= page.facets
    products.push(...page.products)
    if (!page.products.length || products.length >= page.count) break
  }
  const { experiences } = await listExperiences("vi", { limit: 100 })
  const paths = [
    "/",
    "/products",
    "/experiences",
    ...experiences.map((e) => `/experiences/${e.handle}`),
    ...(facets?.category ?? []).map((f) => `/categories/${f.value}`),
    ...(facets?.province ?? []).map((f) => `/provinces/${f.value}`),
    ...products.map((p) => `/products/${p.handle}`),
    ...[...new Set(products.flatMap((p) => (p.producer ? [p.producer.handle] : [])))].map((h) => `/producers/${h}`),
  ]
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
    paths.map((p) => `  <url><loc>${escape(origin + encodeURI(p))}</loc></url>`).join("\n") +
    `\n</urlset>\n`
  return new Response(body, {
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=3600" },
  })
}
