import { Form, Link, NavLink, useLocation, useNavigation } from "@remix-run/react"
import type { KeyboardEvent } from "react"
import { useLocale, useT, type Locale } from "~/lib/i18n"
import { SearchBox } from "./search-box"
import { useWideDisclosure } from "./ui/wide-disclosure"

/**
 * The shop's header. On a phone: logo, a menu button and the cart on one row, the
 * search box on the next; the menu is a `<details>` disclosure, so it opens without
 * JavaScript. On wider screens the menu's links stand in the row.
 */
export function SiteHeader({ cartCount, customerName }: { cartCount: number; customerName: string | null }) {
  const t = useT()
  const location = useLocation()
  const navigation = useNavigation()
  const here = location.pathname + location.search
  const searchedText = location.pathname === "/search" ? (new URLSearchParams(location.search).get("q") ?? "") : ""
  const otherLocale: Locale = useLocale() === "vi" ? "en" : "vi"
  const menu = useWideDisclosure("(min-width: 701px)", location.key)

  // Escape closes the open menu and gives the focus back to its button.
  function onKeyDown(event: KeyboardEvent<HTMLDetailsElement>) {
    const details = event.currentTarget
    if (event.key !== "Escape" || !details.open || window.matchMedia("(min-width: 701px)").matches) return
    details.open = false
    details.querySelector("summary")?.focus()
  }

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
        <details className="site-menu" ref={menu} onKeyDown={onKeyDown}>
          <summary className="site-menu__button">
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
              <path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            <span>{t("nav.menu")}</span>
          </summary>
          <div className="site-menu__panel">
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
        </details>
        {/* Outside the menu: the cart and its count stay in view on every screen. */}
        <NavLink to="/cart" className="site-nav__cart">
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
            <path
              d="M3 4h2l2.4 10.2a1 1 0 0 0 1 .8h8.9a1 1 0 0 0 1-.8L20 8H6.2M9 20a1 1 0 1 0 0-2 1 1 0 0 0 0 2zm8 0a1 1 0 1 0 0-2 1 1 0 0 0 0 2z"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinejoin="round"
            />
          </svg>
          <span className="site-nav__cart-text">{t("nav.cartCount", { count: cartCount })}</span>
          <span className="cart-badge" aria-hidden="true">
            {cartCount}
          </span>
        </NavLink>
      </div>
      <div className={navigation.state === "idle" ? "progress" : "progress progress--busy"} aria-hidden="true" />
    </header>
  )
}
