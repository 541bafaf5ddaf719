import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react"
import type { ReactNode } from "react"
import { GeneralErrorBoundary } from "./components/error-boundary"
import { PageStyles } from "./components/page-styles"
import { useNonce } from "./lib/nonce"
import { defaultLocale, loadMessages, LocaleContext, translator, type Locale } from "./lib/i18n"
import { commonMessageLoaders } from "./lib/messages/common/lazy"
import { getLocale } from "./lib/session.server"

await loadMessages(commonMessageLoaders)

// The document only: the shop, the producer portal and the staff console each bring their
// own header and messages in their layout route (_shop.tsx, producer/, sales-point/).
export async function loader({ request }: LoaderFunctionArgs) {
  return json({ locale: await getLocale(request) })
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? defaultLocale)
  return [{ title: t("site.name") }, { name: "description", content: t("site.description") }]
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root")
  const locale: Locale = data?.locale ?? defaultLocale
  const nonce = useNonce()
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1f5d3a" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <PageStyles />
        <Links />
      </head>
      <body>
        <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

// Only reached when a layout itself fails: the app's header is gone, so this stands alone.
export function ErrorBoundary() {
  return (
    <main id="main" tabIndex={-1} className="container">
      <GeneralErrorBoundary />
    </main>
  )
}
