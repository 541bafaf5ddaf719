import { Link } from "@remix-run/react"
import { useT } from "~/lib/i18n"
import type { ShopOperator } from "~/lib/shop-operator.server"

/** The shop's footer: what the shop sells, where the data comes from, and the doors to the portal and the console. */
export function SiteFooter({ operator }: { operator: ShopOperator | null }) {
  const t = useT()
  return (
    <footer className="site-footer">
      <div className="container">
        {operator?.hotline || operator?.zalo ? (
          <p className="footer-contact">
            {operator.hotline ? (
              <>
                {t("footer.hotline")}: <a href={`tel:${operator.hotline.replace(/[^\d+]/g, "")}`}>{operator.hotline}</a>
              </>
            ) : null}
            {operator.hotline && operator.zalo ? " · " : null}
            {operator.zalo ? (
              <a href={operator.zalo} rel="noreferrer noopener" target="_blank">
                {t("footer.zalo")}
              </a>
            ) : null}
          </p>
        ) : null}
        {operator?.name ? (
          <p className="footer-operator">
            {t("footer.operator", { name: operator.name })}
            {operator.taxCode ? ` · ${t("footer.taxCode", { code: operator.taxCode })}` : null}
            {operator.address ? ` · ${operator.address}` : null}
          </p>
        ) : null}
        {operator?.bctUrl ? (
          <p>
            <a href={operator.bctUrl} rel="noreferrer noopener" target="_blank" className="footer-bct">
              {t("footer.bct")}
            </a>
          </p>
        ) : null}
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
