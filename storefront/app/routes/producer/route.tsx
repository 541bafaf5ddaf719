import { json, type LoaderFunctionArgs } from "@remix-run/node"
import { Outlet, useRouteLoaderData } from "@remix-run/react"
import type { ReactNode } from "react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { PortalNav } from "~/components/producer/portal-nav"
import { AppHeader } from "~/components/ui/app-header"
import { loadMessages, useT } from "~/lib/i18n"
import { getProducerSession } from "~/lib/producer-session.server"
import { producerMessageLoaders } from "~/lib/messages/producer/lazy"
import { formsMessageLoaders } from "~/lib/messages/forms/lazy"

await loadMessages(producerMessageLoaders, formsMessageLoaders)

// The producer portal's layout: its own compact header and nav, none of the shop's
// header, search box or cart.
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getProducerSession(request)
  return json({ producerName: session.get("token") ? (session.get("producerName") ?? "") : null })
}

function PortalFrame({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("routes/producer")
  const producerName = data?.producerName ?? null
  const t = useT()
  return (
    <>
      <AppHeader home="/producer" appName={t("producerPortal.title")} />
      <main id="main" tabIndex={-1} className="container portal">
        {producerName !== null ? <PortalNav producerName={producerName} /> : null}
        {children}
      </main>
    </>
  )
}

export default function ProducerPortalLayout() {
  return (
    <PortalFrame>
      <Outlet />
    </PortalFrame>
  )
}

export function ErrorBoundary() {
  return (
    <PortalFrame>
      <GeneralErrorBoundary />
    </PortalFrame>
  )
}
