import { json, type LoaderFunctionArgs } from "@remix-run/node"
import { Outlet, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { PortalNav } from "~/components/producer/portal-nav"
import { getProducerSession } from "~/lib/producer-session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getProducerSession(request)
  return json({ producerName: session.get("token") ? (session.get("producerName") ?? "") : null })
}

export default function ProducerPortalLayout() {
  const { producerName } = useLoaderData<typeof loader>()
  return (
    <div className="container portal">
      {producerName !== null ? <PortalNav producerName={producerName} /> : null}
      <Outlet />
    </div>
  )
}

export function ErrorBoundary() {
  return (
    <div className="container">
      <GeneralErrorBoundary />
    </div>
  )
}
