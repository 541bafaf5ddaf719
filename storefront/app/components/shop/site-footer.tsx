import { Link } from "@remix-run/react"
import { useT } from "~/lib/i18n"

/** The shop's footer: what the shop sells, where the data comes from, and the doors to the portal and the console. */
export function SiteFooter() {
  const t = useT()
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t("footer.about")}</p>
        <p>{t("footer.data")}</p>
        <p>{t("footer.payment")}</p>
        <p className="footer-producer">
          <Link to="/orders/lookup">{t("lookup.footerLink")}</Link>
        </p>
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
