import "./styles/app.css"
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import {
  Form,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useNavigation,
  useRouteLoaderData,
} from "@remix-run/react"
import type { ReactNode } from "react"
import { GeneralErrorBoundary } from "./components/error-boundary"
import { SearchBox } from "./components/search-box"
import { useNonce } from "./lib/nonce"
import { defaultLocale, LocaleContext, translator, useLocale, useT, type Locale } from "./lib/i18n"
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

function SiteHeader({ cartCount, customerName }: { cartCount: number; customerName: string | null }) {
  const t = useT()
  const location = useLocation()
  const navigation = useNavigation()
  const here = location.pathname + location.search
  const searchedText = location.pathname === "/search" ? (new URLSearchParams(location.search).get("q") ?? "") : ""
  const otherLocale: Locale = useLocale() === "vi" ? "en" : "vi"
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <div className="container site-header__inner">
        <Link to="/" className="logo" aria-label={t("site.name")}>
          <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
            <circle cx="12" cy="12" r="11" fill="#1f5d3a" />
            <path d="M12 5l2 4.6 5 .5-3.8 3.3 1.1 4.9L12 15.8 7.7 18.3l1.1-4.9L5 10.1l5-.5z" fill="#f3c13a" />
          </svg>
          <span>OCOP Market</span>
        </Link>
        {/* Keyed by the searched text, so the box shows the query of the results page it leads to. */}
        <SearchBox key={searchedText} defaultValue={searchedText} />
        <nav aria-label={t("nav.main")} className="site-nav">
          <ul>
            <li>
              <NavLink to="/products">{t("nav.products")}</NavLink>
            </li>
            <li>
              <NavLink to="/experiences">{t("experience.nav")}</NavLink>
            </li>
            <li>
              <NavLink to="/account">{customerName !== null ? t("nav.account") : t("nav.signIn")}</NavLink>
            </li>
            <li>
              <NavLink to="/cart" className="site-nav__cart">
                {t("nav.cartCount", { count: cartCount })}
              </NavLink>
            </li>
          </ul>
        </nav>
        <Form method="post" action="/language" className="lang-switch">
          <input type="hidden" name="redirectTo" value={here} />
          <button
            type="submit"
            name="locale"
            value={otherLocale}
            className="button button--ghost button--small"
            lang={otherLocale}
            title={t("lang.switchLabel")}
          >
            {t("lang.switchTo")}
          </button>
        </Form>
      </div>
      <div className={navigation.state === "idle" ? "progress" : "progress progress--busy"} aria-hidden="true" />
    </header>
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
