import { Form, NavLink } from "@remix-run/react"
import { useT } from "~/lib/i18n"

export function AccountNav() {
  const t = useT()
  return (
    <nav className="account-nav" aria-label={t("account.nav")}>
      <ul>
        <li>
          <NavLink to="/account" end>
            {t("account.overview")}
          </NavLink>
        </li>
        <li>
          <NavLink to="/account/wishlist">{t("account.wishlist")}</NavLink>
        </li>
        <li>
          <NavLink to="/account/addresses">{t("account.addresses")}</NavLink>
        </li>
        <li>
          <Form method="post" action="/account/logout">
            <button type="submit" className="button button--link">
              {t("account.signOut")}
            </button>
          </Form>
        </li>
      </ul>
    </nav>
  )
}
