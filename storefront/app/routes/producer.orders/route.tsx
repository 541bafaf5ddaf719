import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { listProducerOrders } from "~/lib/data/producer-api.server"
import { formatDate, formatVnd } from "~/lib/format"
import { translator, useLocale, useT } from "~/lib/i18n"
import { withProducerToken } from "~/lib/producer-session.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, { orders, sold }] = await Promise.all([getLocale(request), withProducerToken(request, listProducerOrders)])
  return json({ locale, orders, sold })
}

export default function ProducerOrdersRoute() {
  const { orders, sold } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <h1>{t("producerPortal.orders.title")}</h1>
      <p className="portal-muted">{t("producerPortal.orders.intro")}</p>
      {orders.length === 0 ? (
        <p className="empty">{t("producerPortal.orders.empty")}</p>
      ) : (
        <>
          <section className="portal-section" aria-labelledby="sold">
            <h2 id="sold">{t("producerPortal.orders.sold")}</h2>
            <ul className="portal-counts">
              {sold.map((s) => (
                <li key={s.product_id}>
                  {s.title}: <strong>{s.quantity}</strong>
                </li>
              ))}
            </ul>
          </section>
          <div className="table-scroll">
            <table className="orders-table portal-table">
              <thead>
                <tr>
                  <th scope="col">{t("producerPortal.orders.order")}</th>
                  <th scope="col">{t("producerPortal.orders.product")}</th>
                  <th scope="col" className="num">
                    {t("producerPortal.orders.quantity")}
                  </th>
                  <th scope="col" className="num">
                    {t("producerPortal.orders.unitPrice")}
                  </th>
                  <th scope="col">{t("producerPortal.orders.deliverTo")}</th>
                </tr>
              </thead>
              <tbody>
                {orders.flatMap((order) =>
                  order.lines.map((line, i) => (
                    <tr key={line.id}>
                      <td data-label={t("producerPortal.orders.order")}>
                        {i === 0 ? (
                          <span>
                            #{order.display_id}
                            <br />
                            <span className="portal-muted">{formatDate(order.created_at, locale)}</span>
                          </span>
                        ) : null}
                      </td>
                      <td data-label={t("producerPortal.orders.product")}>
                        <span>
                          {line.product_title}
                          {line.variant_title ? <span className="portal-muted"> · {line.variant_title}</span> : null}
                        </span>
                      </td>
                      <td className="num" data-label={t("producerPortal.orders.quantity")}>
                        {line.quantity}
                      </td>
                      <td className="num" data-label={t("producerPortal.orders.unitPrice")}>
                        {formatVnd(line.unit_price)}
                      </td>
                      <td data-label={t("producerPortal.orders.deliverTo")}>
                        {i === 0 ? (
                          <span>
                            {order.delivery.name}
                            {order.delivery.phone ? <> · {order.delivery.phone}</> : null}
                            <br />
                            <span className="portal-muted">{order.delivery.address}</span>
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("producerPortal.orders.title")} · OCOP Market`, description: t("producerPortal.orders.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
