import type { LinksFunction } from "@remix-run/node"
import { Outlet } from "@remix-run/react"
import type { ReactNode } from "react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { AppHeader } from "~/components/ui/app-header"
import { loadMessages, useT } from "~/lib/i18n"
import { salesPointMessageLoaders } from "~/lib/messages/sales-point/lazy"
import { formsMessageLoaders } from "~/lib/messages/forms/lazy"

await loadMessages(salesPointMessageLoaders, formsMessageLoaders)

// The staff console's layout: a one-line header and the work area right under it (no shop
// header, search or footer), so on a phone at the counter the stock table starts near the top.
function ConsoleFrame({ children }: { children: ReactNode }) {
  const t = useT()
  return (
    <>
      <AppHeader home="/sales-point" appName={t("staffConsole.title")} />
      <main id="main" tabIndex={-1} className="container portal staff-console">
        {children}
      </main>
    </>
  )
}

// The console installs as an app of its own (decision 404): its manifest and icons.
export const links: LinksFunction = () => [{ rel: "manifest", href: "/sales-point.webmanifest" }]

export default function StaffConsoleLayout() {
  return (
    <ConsoleFrame>
      <Outlet />
    </ConsoleFrame>
  )
}

export function ErrorBoundary() {
  return (
    <ConsoleFrame>
      <GeneralErrorBoundary />
    </ConsoleFrame>
  )
}
