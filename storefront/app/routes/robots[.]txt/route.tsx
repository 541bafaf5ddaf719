import { publicOrigin } from "~/lib/public-url.server"

export async function loader() {
  const origin = publicOrigin()
  const body = [
    "User-agent: *",
    "Disallow: /cart",
    "Disallow: /checkout",
    "Disallow: /account",
    "Disallow: /orders/",
    `Sitemap: ${origin}/sitemap.xml`,
    "",
  ].join("\n")
  return new Response(body, { headers: { "content-type": "text/plain; charset=utf-8" } })
}
