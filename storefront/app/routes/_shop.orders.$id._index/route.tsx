import { json, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary, Problem } from "~/components/error-boundary"
import { OrderDetails } from "~/components/order-details"
import { OrderInvoices } from "~/components/order-invoices"
import { OrderTimeline } from "~/components/order-timeline"
import { orderPayment } from "~/components/payment/order-payment.server"
import { VietQrTransfer } from "~/components/payment/vietqr-transfer"
import { Breadcrumb } from "~/components/ui/breadcrumb"
import { openOrderAccess } from "~/lib/data/order-lookup.server"
import { getOrderInvoices } from "~/lib/data/order-invoices.server"
import { getOrderShipments } from "~/lib/data/order-shipments.server"
import { getOrder } from "~/lib/data/orders.server"
import { invariantResponse } from "~/lib/invariant"
import { orderTimeline } from "~/lib/order-timeline"
import { loadMessages, translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale, getSession } from "~/lib/session.server"
import { shopOrdersMessageLoaders } from "~/lib/messages/shop-orders/lazy"
import { shopCustomerMessageLoaders } from "~/lib/messages/shop-customer/lazy"
import { ordersMessageLoaders } from "~/lib/messages/orders/lazy"

// This page's texts are not in the shop dictionary every page downloads (messages/shop-orders).
await loadMessages(shopOrdersMessageLoaders, shopCustomerMessageLoaders, ordersMessageLoaders)

/**
 * An order's page for whoever may see it: the browser that placed it, its signed-in
 * owner, or anyone holding a pass from /orders/lookup (`?access=`, 30 minutes). Order
 * ids are not secrets: without one of the three the page is a 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const [session, locale] = await Promise.all([getSession(request), getLocale(request)])
  const id = params.id ?? ""
  const token = session.get("customerToken")
  const pass = new URL(request.url).searchParams.get("access")
  const placedHere = (session.get("orderIds") ?? []).includes(id)
  const passOpens = pass ? (await openOrderAccess(pass)) === id : false
  const order = placedHere || passOpens || token ? await getOrder(id, token) : null
  const owner = Boolean(token) && order?.customer_id === session.get("customerId")
  invariantResponse(order && (placedHere || passOpens || owner), "Not found", { status: 404 })
  const [payment, shipments, invoices] = await Promise.all([
    orderPayment(order.id),
    getOrderShipments(order.id),
    getOrderInvoices(order.id),
  ])
  return json(
    { order, payment, shipments, invoices: invoices ?? [], locale, viaPass: passOpens && !placedHere && !owner },
    // The pass is in the URL: nothing may keep the page or send the URL on.
    { headers: { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" } }
  )
}

export default function OrderRoute() {
  const { order, payment, shipments, invoices, viaPass } = useLoaderData<typeof loader>()
  const t = useT()
  const title = t("order.number", { number: order.display_id ?? "" })
  return (
    <div className="container">
      <Breadcrumb trail={[{ to: "/", label: t("common.home") }]} current={title} />
      <header className="page-head">
        <h1>{title}</h1>
      </header>
      {viaPass ? <p className="field-hint order-access-notice">{t("order.accessNotice")}</p> : null}
      {payment.vietqr && payment.status !== "captured" ? <VietQrTransfer transfer={payment.vietqr} received={false} /> : null}
      <OrderTimeline steps={orderTimeline(order, payment, shipments)} />
      <OrderDetails order={order} payment={payment} shipments={shipments} />
      <OrderInvoices invoices={invoices} paid={payment.status === "captured"} />
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  const title = data ? t("order.number", { number: data.order.display_id ?? "" }) : t("error.notFoundTitle")
  return seo({ title: `${title} · OCOP Market`, description: t("site.description"), noindex: true, locale: data?.locale })
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders

export function ErrorBoundary() {
  const t = useT()
  return (
    <div className="container">
      <GeneralErrorBoundary
        statusHandlers={{
          404: () => (
            <>
              <Problem title={t("error.notFoundTitle")} text={t("order.accessEnded")} status={404} />
              <p>
                <Link to="/orders/lookup" className="button">
                  {t("order.lookupAgain")}
                </Link>
              </p>
            </>
          ),
        }}
      />
    </div>
  )
}
