import { NavLink, useLocation } from "@remix-run/react"
import { AppHeader } from "~/components/ui/app-header"
import { useT } from "~/lib/i18n"
import { SearchBox } from "./search-box"

/** The shopper's header: search box, sections, account and the cart badge. */
export function SiteHeader({ cartCount, customerName }: { cartCount: number; customerName: string | null }) {
  const t = useT()
  const location = useLocation()
  const searchedText = location.pathname === "/search" ? (new URLSearchParams(location.search).get("q") ?? "") : ""
  return (
    <AppHeader home="/">
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
    </AppHeader>
  )
}
