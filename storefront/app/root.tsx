import "@fontsource/be-vietnam-pro/400.css"
import "@fontsource/be-vietnam-pro/500.css"
import "@fontsource/be-vietnam-pro/700.css"
import "./styles/app.css"
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react"
import type { ReactNode } from "react"
import { GeneralErrorBoundary } from "./components/error-boundary"
import { SiteHeader } from "./components/site-header"
import { useNonce } from "./lib/nonce"
import { defaultLocale, LocaleContext, translator, useT, type Locale } from "./lib/i18n"
import { getLocale, getSession } from "./lib/session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, session] = await Promise.all([getLocale(request), getSession(request)])
  return json({
    locale,
    cartCount: session.get("cartCount") ?? 0,
    customerName: session.get("customerToken") ? (session.get("customerName") ?? "") : null,
  })
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
        <Links />
      </head>
      <body>
        <LocaleContext.Provider value={locale}>
          <SiteHeader cartCount={data?.cartCount ?? 0} customerName={data?.customerName ?? null} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </LocaleContext.Provider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  return (
    <div className="container">
      <GeneralErrorBoundary />
    </div>
  )
}

function SiteFooter() {
  const t = useT()
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t("footer.about")}</p>
        <p>{t("footer.data")}</p>
        <p>{t("footer.payment")}</p>
        <p className="footer-producer">
          <Link to="/producer">{t("producerPortal.footerLink")}</Link>
        </p>
        <p className="footer-producer">
          <Link to="/sales-point">{t("staffConsole.footerLink")}</Link>
        </p>
      </div>
    </footer>
  )
}
