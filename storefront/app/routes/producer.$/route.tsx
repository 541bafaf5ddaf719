import { GeneralErrorBoundary } from "~/components/error-boundary"
import { notFoundLoader, notFoundMeta } from "~/components/not-found-route"

// An unknown /producer/… URL is a 404 inside the portal's layout, not the shop's.
export const loader = notFoundLoader

export default function ProducerNotFoundRoute() {
  return null
}

export const meta = notFoundMeta

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
