import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { listProducerStock } from "~/lib/data/producer-api.server"
import { translator, useT } from "~/lib/i18n"
import { withProducerToken } from "~/lib/producer-session.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, stock] = await Promise.all([getLocale(request), withProducerToken(request, listProducerStock)])
  return json({ locale, stock })
}

export default function ProducerInventoryRoute() {
  const { stock } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <>
      <h1>{t("producerPortal.inventory.title")}</h1>
      <p className="portal-muted">{t("producerPortal.inventory.intro")}</p>
      {stock.length === 0 ? (
        <p className="empty">{t("producerPortal.inventory.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="orders-table portal-table">
            <thead>
              <tr>
                <th scope="col">{t("producerPortal.inventory.product")}</th>
                <th scope="col">{t("producerPortal.inventory.location")}</th>
                <th scope="col" className="num">
                  {t("producerPortal.inventory.stocked")}
                </th>
                <th scope="col" className="num">
                  {t("producerPortal.inventory.reserved")}
                </th>
                <th scope="col" className="num">
                  {t("producerPortal.inventory.available")}
                </th>
              </tr>
            </thead>
            <tbody>
              {stock.map((row) => (
                <tr key={`${row.variant_id}-${row.location_id}`}>
                  <td data-label={t("producerPortal.inventory.product")}>
                    <span>
                      {row.product_title}
                      <span className="portal-muted"> · {row.variant_title}</span>
                    </span>
                  </td>
                  <td data-label={t("producerPortal.inventory.location")}>{row.location_name}</td>
                  <td className="num" data-label={t("producerPortal.inventory.stocked")}>
                    {row.stocked_quantity}
                  </td>
                  <td className="num" data-label={t("producerPortal.inventory.reserved")}>
                    {row.reserved_quantity}
                  </td>
                  <td className="num" data-label={t("producerPortal.inventory.available")}>
                    <strong>{row.available_quantity}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("producerPortal.inventory.title")} · OCOP Market`, description: t("producerPortal.inventory.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
