import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { AccountNav } from "~/components/account-nav"
import { GeneralErrorBoundary, Problem } from "~/components/error-boundary"
import { OrderDetails } from "~/components/order-details"
import { OrderTimeline } from "~/components/order-timeline"
import { orderPayment } from "~/components/payment/order-payment.server"
import { VietQrTransfer } from "~/components/payment/vietqr-transfer"
import { getOrderShipments } from "~/lib/data/order-shipments.server"
import { getOrderInvoices } from "~/lib/data/order-invoices.server"
import { OrderInvoices } from "~/components/order-invoices"
import { getOrder } from "~/lib/data/orders.server"
import { getOrderReviews } from "~/lib/data/reviews.server"
import { invariantResponse } from "~/lib/invariant"
import { orderTimeline } from "~/lib/order-timeline"
import { loadMessages, isMessageKey, translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { commitHeaders, getLocale, getSession, requireCustomerToken } from "~/lib/session.server"
import { Breadcrumb } from "~/components/ui/breadcrumb"
import { shopOrdersMessageLoaders } from "~/lib/messages/shop-orders/lazy"
import { shopCustomerMessageLoaders } from "~/lib/messages/shop-customer/lazy"
import { ordersMessageLoaders } from "~/lib/messages/orders/lazy"

// This page's texts are not in the shop dictionary every page downloads (messages/shop-orders).
await loadMessages(shopOrdersMessageLoaders, shopCustomerMessageLoaders, ordersMessageLoaders)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = await requireCustomerToken(request)
  const [session, locale] = await Promise.all([getSession(request), getLocale(request)])
  const order = await getOrder(params.id ?? "", token)
  invariantResponse(order && order.customer_id === session.get("customerId"), "Not found", { status: 404 })
  const [payment, shipments, reviews, invoices] = await Promise.all([
    orderPayment(order.id),
    getOrderShipments(order.id),
    // Reviews are extra: if they cannot be read, the order still shows.
    getOrderReviews(order.id, token).catch(() => null),
    getOrderInvoices(order.id),
  ])
  const notice = session.get("notice")
  return json(
    { order, payment, shipments, reviews, invoices: invoices ?? [], locale, notice: notice ?? null },
    notice ? { headers: await commitHeaders(session) } : undefined
  )
}

export default function AccountOrderRoute() {
  const { order, payment, shipments, reviews, invoices, notice } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <div className="container">
      <Breadcrumb trail={[{ to: "/account", label: t("account.title") }]} current={t("order.number", { number: order.display_id ?? "" })} />
      <header className="page-head">
        <h1>{t("order.number", { number: order.display_id ?? "" })}</h1>
      </header>
      <AccountNav />
      {notice && isMessageKey(notice) ? (
        <p className="alert alert--success" role="status">
          {t(notice)}
        </p>
      ) : null}
      {payment.vietqr && payment.status !== "captured" ? <VietQrTransfer transfer={payment.vietqr} received={false} /> : null}
      <OrderTimeline steps={orderTimeline(order, payment, shipments)} />
      <OrderDetails order={order} payment={payment} shipments={shipments} reviews={reviews} />
      <OrderInvoices invoices={invoices} paid={payment.status === "captured"} />
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  const title = data ? t("order.number", { number: data.order.display_id ?? "" }) : t("error.notFoundTitle")
  return seo({ title: `${title} · OCOP Market`, description: t("site.description"), noindex: true, locale: data?.locale })
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
