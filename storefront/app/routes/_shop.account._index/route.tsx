import { json, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { AccountNav } from "~/components/account-nav"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { signOut } from "~/lib/auth.server"
import { getCustomer } from "~/lib/data/customers.server"
import { listOrders } from "~/lib/data/orders.server"
import { formatDate, formatVnd, fullName } from "~/lib/format"
import { loadMessages, translator, useLocale, useT } from "~/lib/i18n"
import { orderStatusLabel } from "~/lib/order-status"
import { seo } from "~/lib/seo"
import { getLocale, getSession, requireCustomerToken } from "~/lib/session.server"
import { shopAccountMessageLoaders } from "~/lib/messages/shop-account/lazy"
import { shopOrdersMessageLoaders } from "~/lib/messages/shop-orders/lazy"

await loadMessages(shopAccountMessageLoaders, shopOrdersMessageLoaders)

export async function loader({ request }: LoaderFunctionArgs) {
  const token = await requireCustomerToken(request)
  const [customer, locale] = await Promise.all([getCustomer(token), getLocale(request)])
  // An expired token: forget it and ask to sign in again.
  if (!customer) {
    const response = await signOut(await getSession(request))
    return redirect("/account/login?redirectTo=/account", { headers: response.headers })
  }
  const { orders } = await listOrders(token)
  return json({
    locale,
    name: fullName(customer) || customer.email,
    orders: orders.map((o) => ({
      id: o.id,
      display_id: o.display_id,
      created_at: o.created_at as string,
      status: o.status,
      total: o.total,
      items: (o.items ?? []).reduce((n, i) => n + i.quantity, 0),
    })),
  })
}

export default function AccountRoute() {
  const { name, orders } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <div className="container">
      <header className="page-head">
        <h1>{t("account.title")}</h1>
        <p>{t("account.hello", { name })}</p>
      </header>
      <AccountNav />
      <section aria-labelledby="orders-title">
        <h2 id="orders-title">{t("account.orders")}</h2>
        {orders.length ? (
          <div className="table-scroll">
            <table className="orders-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t("account.orderDate")}</th>
                  <th scope="col">{t("order.items")}</th>
                  <th scope="col">{t("order.status")}</th>
                  <th scope="col">{t("account.orderTotal")}</th>
                </tr>
              </thead>
              <tbody>
                {orders.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <Link to={`/account/orders/${o.id}`} aria-label={t("account.viewOrder", { number: o.display_id ?? "" })}>
                        #{o.display_id}
                      </Link>
                    </td>
                    <td>{formatDate(o.created_at, locale)}</td>
                    <td>{t("account.orderItems", { count: o.items })}</td>
                    <td>{orderStatusLabel(o.status, t)}</td>
                    <td>{formatVnd(o.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <div className="empty">
            <p>{t("account.noOrders")}</p>
            <Link to="/products" className="button">
              {t("nav.products")}
            </Link>
          </div>
        )}
      </section>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("account.title")} · OCOP Market`, description: t("site.description"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return (
    <div className="container">
      <GeneralErrorBoundary />
    </div>
  )
}
