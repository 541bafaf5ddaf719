import type { MetaFunction } from "@remix-run/node"

/**
 * What each app's splat route ($) does with a URL no other route claims: a real 404,
 * rendered by the splat's ErrorBoundary inside that app's layout.
 */
export async function notFoundLoader(): Promise<never> {
  throw new Response("Not found", { status: 404 })
}

export const notFoundMeta: MetaFunction = () => [{ title: "404 · OCOP Market" }, { name: "robots", content: "noindex" }]
