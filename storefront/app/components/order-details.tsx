import type { HttpTypes } from "@medusajs/types"
import type { SerializeFrom } from "@remix-run/node"
import { formatAddressLine, formatDate, formatVnd, fullName } from "~/lib/format"
import { useLocale, useT } from "~/lib/i18n"
import { orderStatusLabel } from "~/lib/order-status"
import { LineVariant } from "./line-variant"
import { OrderShipments } from "./order-shipments"
import type { OrderShipments as Shipments } from "~/lib/data/order-shipments.server"
import type { OcopOrderReviews } from "~/lib/ocop-types"
import { Link } from "@remix-run/react"
import type { OrderPaymentView } from "./payment/order-payment.server"
import { paymentLabel } from "./payment/payment-labels"
import { paymentStatusLabel } from "./payment/payment-status-label"
import { safeHref } from "~/lib/safe-url"

type Order = SerializeFrom<HttpTypes.StoreOrder>

/** Items, where their parcels are, delivery address, delivery method, payment and totals of an order. */
export function OrderDetails({
  order,
  payment,
  shipments,
  reviews,
}: {
  order: Order
  payment: SerializeFrom<OrderPaymentView>
  shipments?: SerializeFrom<Shipments> | null
  /** The buyer's own order only: what each line's review stands at. */
  reviews?: SerializeFrom<OcopOrderReviews> | null
}) {
  const t = useT()
  const locale = useLocale()
  const address = order.shipping_address
  // A click & collect order carries the sales point's address, marked by the checkout.
  const isPickup = Boolean((address?.metadata as { pickup?: boolean } | null)?.pickup)
  // An order of experiences only ships nothing: no address or delivery to speak of.
  const ships = Boolean(order.shipping_methods?.length)
  return (
    <div className="two-col">
      <section aria-labelledby="order-items">
        <h2 id="order-items">{t("order.items")}</h2>
        <ul className="cart-lines">
          {(order.items ?? []).map((item) => (
            <li key={item.id} className="cart-line">
              {safeHref(item.thumbnail) ? <img src={safeHref(item.thumbnail)} alt="" width={88} height={66} /> : <span />}
              <div className="cart-line__info">
                <h3 style={{ margin: 0 }}>{item.product_title ?? item.title}</h3>
                <LineVariant item={item} />
                <p>
                  {formatVnd(item.unit_price)} × {item.quantity}
                </p>
                <LineReview line={reviews?.lines.find((l) => l.line_item_id === item.id)} orderId={order.id} />
              </div>
              <strong>{formatVnd(item.total ?? item.unit_price * item.quantity)}</strong>
            </li>
          ))}
        </ul>
        {ships && shipments ? <OrderShipments shipments={shipments} items={order.items ?? []} /> : null}
      </section>
      <aside className="summary" aria-labelledby="order-summary">
        <h2 id="order-summary">{t("order.number", { number: order.display_id ?? "" })}</h2>
        <dl className="facts" style={{ marginBottom: 12 }}>
          <dt>{t("account.orderDate")}</dt>
          <dd>{formatDate(order.created_at as string, locale)}</dd>
          <dt>{t("order.status")}</dt>
          <dd>{orderStatusLabel(order.status, t)}</dd>
          {ships ? (
            <>
              <dt>{t(isPickup ? "pickup.title" : "order.shipTo")}</dt>
              <dd>
                {address ? (
                  <>
                    {fullName(address)}
                    {address.phone ? ` · ${address.phone}` : ""}
                    <br />
                    {formatAddressLine(address)}
                  </>
                ) : (
                  <span className="not-recorded">{t("common.notRecorded")}</span>
                )}
              </dd>
              <dt>{t("order.shippingMethod")}</dt>
              <dd>{order.shipping_methods?.map((m) => m.name).join(", ") || t("common.notRecorded")}</dd>
            </>
          ) : null}
          <dt>{t("order.paymentMethod")}</dt>
          <dd>{paymentLabel(payment.kind, t, ships)}</dd>
          <dt>{t("payment.status")}</dt>
          <dd>{paymentStatusLabel(payment, t, ships)}</dd>
        </dl>
        <dl className="totals">
          <dt>{t("order.subtotal")}</dt>
          <dd>{formatVnd(order.item_total ?? 0)}</dd>
          {ships ? (
            <>
              <dt>{t("order.shippingTotal")}</dt>
              <dd>{formatVnd(order.shipping_total ?? 0)}</dd>
            </>
          ) : null}
          <dt className="grand">{t("order.total")}</dt>
          <dd className="grand">{formatVnd(order.total ?? 0)}</dd>
        </dl>
      </aside>
    </div>
  )
}

/** Under a line of the buyer's own order: write a review once delivered, or the stars given. */
function LineReview({ line, orderId }: { line?: SerializeFrom<OcopOrderReviews>["lines"][number]; orderId: string }) {
  const t = useT()
  if (!line) return null
  if (line.status === "reviewable") {
    return (
      <Link to={`/account/orders/${orderId}/review/${line.line_item_id}`} className="button button--small">
        {t("review.write")}
      </Link>
    )
  }
  if (line.status === "reviewed" && line.review) {
    return (
      <p className="field-hint">
        {t("review.written")}: {t("review.ratingOption", { stars: line.review.rating })}
      </p>
    )
  }
  return <p className="field-hint">{t("review.afterDelivery")}</p>
}
