import type { LoaderFunctionArgs } from "@remix-run/node"

export async function loader({ request }: LoaderFunctionArgs) {
  const origin = new URL(request.url).origin
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
