import { Form, NavLink } from "@remix-run/react"
import { useT } from "~/lib/i18n"

/** The portal's sections and sign-out, shown once a producer is signed in. */
export function PortalNav({ producerName }: { producerName: string }) {
  const t = useT()
  return (
    <div className="portal-bar">
      <p className="portal-bar__who">
        <span className="portal-kicker">{t("producerPortal.title")}</span>
        {producerName}
      </p>
      <nav className="portal-nav" aria-label={t("producerPortal.nav")}>
        <ul>
          <li>
            <NavLink to="/producer" end>
              {t("producerPortal.nav.overview")}
            </NavLink>
          </li>
          <li>
            <NavLink to="/producer/listings">{t("producerPortal.nav.listings")}</NavLink>
          </li>
          <li>
            <NavLink to="/producer/inventory">{t("producerPortal.nav.inventory")}</NavLink>
          </li>
          <li>
            <NavLink to="/producer/orders">{t("producerPortal.nav.orders")}</NavLink>
          </li>
          <li>
            <NavLink to="/producer/reviews">{t("producerPortal.nav.reviews")}</NavLink>
          </li>
          <li>
            <NavLink to="/producer/statements">{t("producerPortal.nav.statements")}</NavLink>
          </li>
          <li>
            <NavLink to="/producer/experiences">{t("host.nav")}</NavLink>
          </li>
          <li>
            <NavLink to="/producer/profile">{t("producerPortal.nav.profile")}</NavLink>
          </li>
          <li>
            <Form method="post" action="/producer/logout">
              <button type="submit" className="button button--link">
                {t("producerPortal.signOut")}
              </button>
            </Form>
          </li>
        </ul>
      </nav>
    </div>
  )
}
