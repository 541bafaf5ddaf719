import { GeneralErrorBoundary } from "~/components/error-boundary"
import { notFoundLoader, notFoundMeta } from "~/components/not-found-route"

// An unknown /sales-point/… URL is a 404 inside the console's layout, not the shop's.
export const loader = notFoundLoader

export default function StaffNotFoundRoute() {
  return null
}

export const meta = notFoundMeta

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
