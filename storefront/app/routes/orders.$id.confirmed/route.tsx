import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary, Problem } from "~/components/error-boundary"
import { OrderDetails } from "~/components/order-details"
import { orderPayment } from "~/components/payment/order-payment.server"
import { VietQrTransfer } from "~/components/payment/vietqr-transfer"
import { getOrder } from "~/lib/data/orders.server"
import { formatVnd } from "~/lib/format"
import { invariantResponse } from "~/lib/invariant"
import { translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale, getSession } from "~/lib/session.server"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [session, locale] = await Promise.all([getSession(request), getLocale(request)])
  const id = params.id ?? ""
  const token = session.get("customerToken")
  // Order ids are not secrets: show the order only to the browser that placed it, or its owner.
  const placedHere = (session.get("orderIds") ?? []).includes(id)
  const order = placedHere || token ? await getOrder(id, token) : null
  const owner = Boolean(token) && order?.customer_id === session.get("customerId")
  invariantResponse(order && (placedHere || owner), "Not found", { status: 404 })
  const payment = await orderPayment(order.id)
  return json({ order, payment, locale, signedIn: Boolean(token) })
}

export default function OrderConfirmedRoute() {
  const { order, payment, signedIn } = useLoaderData<typeof loader>()
  const amount = formatVnd(order.total ?? 0)
  const notice = { vietqr: "payment.vietqrNotice", card: "payment.cardNotice", cod: "order.codNotice" } as const
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
        <p>{t(notice[payment.kind ?? "cod"], { amount })}</p>
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
      {payment.vietqr ? <VietQrTransfer transfer={payment.vietqr} received={payment.status === "captured"} /> : null}
      <OrderDetails order={order} payment={payment} />
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
