import { Link } from "@remix-run/react"
import { useT } from "~/lib/i18n"
import type { ShopOperator } from "~/lib/shop-operator.server"

// The four policy pages by their address (the plugin's SHOP_PAGE_SLUGS), in the footer's order.
const POLICY_LINKS = [
  ["chinh-sach-doi-tra", "footer.returns"],
  ["chinh-sach-bao-mat", "footer.privacy"],
  ["chinh-sach-van-chuyen", "footer.shipping"],
  ["phuong-thuc-thanh-toan", "footer.paymentMethods"],
] as const

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
            {operator.email ? (
              <>
                {" · "}
                <a href={`mailto:${operator.email}`}>{operator.email}</a>
              </>
            ) : null}
          </p>
        ) : null}
        {/* The pages a Vietnamese shop must publish; the office writes them in Admin. */}
        <nav aria-labelledby="footer-policies" className="footer-policies">
          <h2 id="footer-policies">{t("footer.policies")}</h2>
          <ul>
            {POLICY_LINKS.map(([slug, key]) => (
              <li key={slug}>
                <Link to={`/pages/${slug}`}>{t(key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        {operator?.bctUrl ? (
          <p>
            <a href={operator.bctUrl} rel="noreferrer noopener" target="_blank" className="footer-bct">
              <span aria-hidden="true" className="footer-bct__mark">
                ✓
              </span>
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
