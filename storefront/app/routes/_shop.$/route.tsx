import type { MetaFunction } from "@remix-run/node"
import { GeneralErrorBoundary } from "~/components/error-boundary"

// Every URL no other route claims ends here and becomes a proper 404 page.
export async function loader() {
  throw new Response("Not found", { status: 404 })
}

export default function NotFoundRoute() {
  return null
}

export const meta: MetaFunction = () => [{ title: "404 · OCOP Market" }, { name: "robots", content: "noindex" }]

export function ErrorBoundary() {
  return (
    <div className="container">
      <GeneralErrorBoundary />
    </div>
  )
}
