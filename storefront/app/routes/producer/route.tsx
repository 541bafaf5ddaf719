import { json, type LoaderFunctionArgs } from "@remix-run/node"
import { Outlet, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { PortalNav } from "~/components/producer/portal-nav"
import { getProducerSession } from "~/lib/producer-session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getProducerSession(request)
  const signedIn = Boolean(session.get("token"))
  return json({
    who: signedIn ? { memberName: session.get("memberName") ?? "", producerName: session.get("producerName") ?? "" } : null,
  })
}

export default function ProducerPortalLayout() {
  const { who } = useLoaderData<typeof loader>()
  return (
    <div className="container portal">
      {who ? <PortalNav memberName={who.memberName} producerName={who.producerName} /> : null}
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
