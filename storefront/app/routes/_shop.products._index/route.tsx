import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { Catalog } from "~/components/catalog"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { loadCatalog } from "~/lib/catalog.server"
import { loadMessages, translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { Breadcrumb } from "~/components/ui/breadcrumb"
import { publicPage } from "~/lib/page-cache"
import { publicOrigin } from "~/lib/public-url.server"
import { shopCatalogMessageLoaders } from "~/lib/messages/shop-catalog/lazy"

await loadMessages(shopCatalogMessageLoaders)

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const locale = await getLocale(request)
  const catalog = await loadCatalog(url, locale)
  return json({ locale, url: `${publicOrigin()}/products`, catalog })
}

export default function ProductsRoute() {
  const { catalog } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <div className="container">
      <Breadcrumb trail={[{ to: "/", label: t("common.home") }]} current={t("nav.products")} />
      <header className="page-head">
        <h1>{t("catalog.title")}</h1>
        <p>{t("catalog.metaDescription")}</p>
      </header>
      <Catalog data={catalog} pathname="/products" />
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? "vi"
  const t = translator(locale)
  return seo({ title: `${t("catalog.title")} · OCOP Market`, description: t("catalog.metaDescription"), url: data?.url, locale })
}

export function ErrorBoundary() {
  return (
    <div className="container">
      <GeneralErrorBoundary />
    </div>
  )
}

// The same for every anonymous visitor: cached briefly, revalidated by ETag (issue 18).
export const handle = publicPage
