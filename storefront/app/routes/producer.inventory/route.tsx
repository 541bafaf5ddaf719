import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { StockTable } from "~/components/ui/stock-table"
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
        <StockTable
          rows={stock}
          rowKey={(row) => `${row.variant_id}-${row.location_id}`}
          labels={{
            product: t("producerPortal.inventory.product"),
            place: t("producerPortal.inventory.location"),
            stocked: t("producerPortal.inventory.stocked"),
            reserved: t("producerPortal.inventory.reserved"),
            available: t("producerPortal.inventory.available"),
          }}
          place={(row) => row.location_name}
        />
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
