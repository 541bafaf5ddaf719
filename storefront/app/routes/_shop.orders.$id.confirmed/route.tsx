import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary, Problem } from "~/components/error-boundary"
import { BookingVoucher, type BookingVoucherView } from "~/components/experience/booking-voucher"
import { OrderDetails } from "~/components/order-details"
import { OrderInvoices } from "~/components/order-invoices"
import { orderPayment } from "~/components/payment/order-payment.server"
import { VietQrTransfer } from "~/components/payment/vietqr-transfer"
import { WalletPayment } from "~/components/payment/wallet-payment"
import { listOrderBookings } from "~/lib/data/ocop-experiences.server"
import { getOrderInvoices } from "~/lib/data/order-invoices.server"
import { getOrderShipments } from "~/lib/data/order-shipments.server"
import { getOrder } from "~/lib/data/orders.server"
import { experienceLine } from "~/lib/experience-line"
import { formatVnd } from "~/lib/format"
import { invariantResponse } from "~/lib/invariant"
import { loadMessages, translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale, getSession } from "~/lib/session.server"
import { bookingVouchers } from "./booking-vouchers.server"
import { shopOrdersMessageLoaders } from "~/lib/messages/shop-orders/lazy"
import { publicOrigin } from "~/lib/public-url.server"
import { shopCustomerMessageLoaders } from "~/lib/messages/shop-customer/lazy"
import { ordersMessageLoaders } from "~/lib/messages/orders/lazy"

// This page's texts are not in the shop dictionary every page downloads (messages/shop-orders).
await loadMessages(shopOrdersMessageLoaders, shopCustomerMessageLoaders, ordersMessageLoaders)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [session, locale] = await Promise.all([getSession(request), getLocale(request)])
  const id = params.id ?? ""
  const token = session.get("customerToken")
  // Order ids are not secrets: show the order only to the browser that placed it, or its owner.
  const placedHere = (session.get("orderIds") ?? []).includes(id)
  const order = placedHere || token ? await getOrder(id, token) : null
  const owner = Boolean(token) && order?.customer_id === session.get("customerId")
  invariantResponse(order && (placedHere || owner), "Not found", { status: 404 })
  const books = (order.items ?? []).some((i) => experienceLine(i))
  const [payment, shipments, vouchers, invoices] = await Promise.all([
    orderPayment(order.id),
    getOrderShipments(order.id),
    books ? listOrderBookings(order.id).then((b) => bookingVouchers(b, publicOrigin())) : Promise.resolve([] as BookingVoucherView[]),
    // The buyer opens (and prints) the invoice from here, signed in or not.
    getOrderInvoices(order.id),
  ])
  return json({ order, payment, shipments, vouchers, books, invoices: invoices ?? [], locale, signedIn: Boolean(token) })
}

export default function OrderConfirmedRoute() {
  const { order, payment, shipments, vouchers, books, invoices, signedIn } = useLoaderData<typeof loader>()
  const pickup = (order.shipping_address?.metadata as { pickup?: boolean } | null)?.pickup ? order.shipping_address : null
  const amount = formatVnd(order.total ?? 0)
  // An order of experiences only ships nothing: its cash is paid at the venue.
  const ships = Boolean(order.shipping_methods?.length)
  const notice = {
    vietqr: "payment.vietqrNotice",
    card: "payment.cardNotice",
    cod: ships ? "order.codNotice" : "order.codAtVenueNotice",
  } as const
  const t = useT()
  return (
    <div className="container">
      <section className="confirmation" aria-labelledby="confirmation-title">
        <p className="confirmation__icon" aria-hidden="true">
          ✓
        </p>
        <h1 id="confirmation-title">{t("order.confirmedTitle")}</h1>
        <p>
          <strong>{t("order.thanks", { number: order.display_id ?? "" })}</strong>
        </p>
        {/* A wallet's own box below says whether it has confirmed. */}
        {payment.wallet ? null : <p>{t(payment.kind === "vietqr" || payment.kind === "card" ? notice[payment.kind] : notice.cod, { amount })}</p>}
        {order.email ? <p>{t("order.emailNotice", { email: order.email })}</p> : null}
        <p style={{ display: "flex", gap: 10, flexWrap: "wrap" }}>
          <Link to="/products" className="button">
            {t("order.continue")}
          </Link>
          {signedIn ? (
            <Link to="/account" className="button button--ghost">
              {t("order.viewHistory")}
            </Link>
          ) : (
            <Link to="/account/register" className="button button--ghost">
              {t("order.createAccount")}
            </Link>
          )}
        </p>
      </section>
      {books ? (
        <section aria-labelledby="vouchers-title">
          <h2 id="vouchers-title">{t("experience.vouchersTitle")}</h2>
          {vouchers.length ? (
            <>
              <p>{t("experience.vouchersIntro")}</p>
              {vouchers.map((v) => (
                <BookingVoucher key={v.reference} voucher={v} />
              ))}
            </>
          ) : (
            <p className="alert alert--info">{t("experience.vouchersPending")}</p>
          )}
        </section>
      ) : null}
      {pickup ? (
        <section className="alert alert--info" aria-labelledby="pickup-title">
          <h2 id="pickup-title" style={{ marginTop: 0 }}>
            {t("pickup.title")}
          </h2>
          <p>
            <strong>{pickup.company}</strong>
            <br />
            {pickup.address_1}
          </p>
          <p style={{ marginBottom: 0 }}>{t("pickup.bring", { number: order.display_id ?? "" })}</p>
        </section>
      ) : null}
      {payment.wallet ? <WalletPayment wallet={payment.wallet} amount={amount} /> : null}
      {payment.vietqr ? <VietQrTransfer transfer={payment.vietqr} received={payment.status === "captured"} /> : null}
      <OrderDetails order={order} payment={payment} shipments={shipments} />
      <OrderInvoices invoices={invoices} paid={payment.status === "captured"} />
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("order.confirmedTitle")} · OCOP Market`, description: t("site.description"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  const t = useT()
  return (
    <div className="container">
      <GeneralErrorBoundary
        statusHandlers={{ 404: () => <Problem title={t("error.notFoundTitle")} text={t("error.orderNotFound")} status={404} /> }}
      />
    </div>
  )
}
