import { NavLink, useLocation } from "@remix-run/react"
import type { KeyboardEvent } from "react"
import { AppHeader } from "~/components/ui/app-header"
import { LanguageSwitch } from "~/components/ui/language-switch"
import { useWideDisclosure } from "~/components/ui/wide-disclosure"
import { useT } from "~/lib/i18n"
import { SearchBox } from "./search-box"

const WIDE = "(min-width: 701px)"

/**
 * The shopper's header: search box, sections, account and the cart badge. On a phone:
 * logo, a menu button and the cart on one row, the search box on the next; the menu is
 * a `<details>` disclosure, so it opens without JavaScript. On wider screens the menu's
 * links stand in the row.
 */
export function SiteHeader({ cartCount, customerName }: { cartCount: number; customerName: string | null }) {
  const t = useT()
  const location = useLocation()
  const searchedText = location.pathname === "/search" ? (new URLSearchParams(location.search).get("q") ?? "") : ""
  const menu = useWideDisclosure(WIDE, location.key)

  // Escape closes the open menu and gives the focus back to its button.
  function onKeyDown(event: KeyboardEvent<HTMLDetailsElement>) {
    const details = event.currentTarget
    if (event.key !== "Escape" || !details.open || window.matchMedia(WIDE).matches) return
    details.open = false
    details.querySelector("summary")?.focus()
  }

  return (
    <AppHeader home="/" languageSwitch={false}>
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
          <LanguageSwitch />
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
    </AppHeader>
  )
}
