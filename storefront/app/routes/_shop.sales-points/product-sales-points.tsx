import { Link } from "@remix-run/react"
import type { OcopSalesPointAvailability } from "~/lib/data/ocop-sales-points.server"
import { useT } from "~/lib/i18n"
import { SalesPointCard } from "./sales-point-card"

/**
 * The product page's "buy in person" block. `points` is null when the list could
 * not be loaded: the page still sells online, and says so, unless `deliverable` is
 * false (no stock online either), when it promises no delivery.
 */
export function ProductSalesPoints({
  points,
  deliverable = true,
}: {
  points: OcopSalesPointAvailability[] | null | undefined
  deliverable?: boolean
}) {
  const t = useT()
  return (
    <section
      className="section product-sales-points"
      aria-labelledby="product-sales-points-title"
    >
      <h2 id="product-sales-points-title">{t("salesPoint.productTitle")}</h2>
      {!points ? (
        <p role="status">
          {t(deliverable ? "salesPoint.productError" : "salesPoint.productErrorOutOfStock")}
        </p>
      ) : points.length === 0 ? (
        <p>{t(deliverable ? "salesPoint.productNone" : "salesPoint.productNoneOutOfStock")}</p>
      ) : (
        <ul className="sales-point-list">
          {points.map((p) => (
            <li key={p.id}>
              <SalesPointCard point={p}>
                <p
                  className={
                    p.availability === "few_left" ? "pill" : "pill pill--ok"
                  }
                >
                  {t(
                    p.availability === "few_left"
                      ? "salesPoint.fewLeft"
                      : "salesPoint.inStock"
                  )}
                </p>
              </SalesPointCard>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/sales-points">{t("salesPoint.allLink")}</Link>
      </p>
    </section>
  )
}
