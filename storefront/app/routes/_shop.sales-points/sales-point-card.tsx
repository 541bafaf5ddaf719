import type { ReactNode } from "react"
import type { OcopSalesPoint } from "~/lib/data/ocop-sales-points.server"
import { useT } from "~/lib/i18n"

/** One sales point: what a shopper needs to go there (address, hours, phone). */
export function SalesPointCard({
  point,
  children,
}: {
  point: OcopSalesPoint
  children?: ReactNode
}) {
  const t = useT()
  const notRecorded = (
    <span className="not-recorded">{t("common.notRecorded")}</span>
  )
  const titleId = `sales-point-${point.id}`
  return (
    <article className="sales-point" aria-labelledby={titleId}>
      <h3 id={titleId}>{point.name}</h3>
      <p className="sales-point__kind">
        {t(
          point.kind === "centre"
            ? "salesPoint.kind.centre"
            : "salesPoint.kind.point"
        )}
      </p>
      {children}
      <dl className="facts">
        <dt>{t("salesPoint.address")}</dt>
        <dd>{point.address}</dd>
        <dt>{t("salesPoint.hours")}</dt>
        <dd>{point.opening_hours ?? notRecorded}</dd>
        <dt>{t("salesPoint.phone")}</dt>
        <dd>
          {point.phone ? (
            <a href={`tel:${point.phone.replace(/[^0-9+]/g, "")}`}>
              {point.phone}
            </a>
          ) : (
            notRecorded
          )}
        </dd>
      </dl>
      {point.is_illustrative ? (
        <p className="sales-point__note">{t("salesPoint.illustrative")}</p>
      ) : null}
    </article>
  )
}
