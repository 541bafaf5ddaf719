import { GeneralErrorBoundary } from "~/components/error-boundary"
import { notFoundLoader, notFoundMeta } from "~/components/not-found-route"

// Every URL no other route claims ends here and becomes a proper 404 page, in the shop's layout.
export const loader = notFoundLoader

export default function NotFoundRoute() {
  return null
}

export const meta = notFoundMeta

export function ErrorBoundary() {
  return (
    <div className="container">
      <GeneralErrorBoundary />
    </div>
  )
}
