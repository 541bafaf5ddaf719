import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { Catalog } from "~/components/catalog"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { loadCatalog } from "~/lib/catalog.server"
import { invariantResponse } from "~/lib/invariant"
import { loadMessages, translator, useLocale, useT } from "~/lib/i18n"
import { categorySetName, isCategorySet, sectorName } from "~/lib/ocop"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { Breadcrumb } from "~/components/ui/breadcrumb"
import { publicPage } from "~/lib/page-cache"
import { publicOrigin } from "~/lib/public-url.server"
import { shopCatalogMessageLoaders } from "~/lib/messages/shop-catalog/lazy"

await loadMessages(shopCatalogMessageLoaders)

const sectorOfSet = (code: string) => {
  const n = Number(code)
  return n <= 13 ? 1 : n <= 17 ? 2 : n <= 20 ? 3 : n <= 22 ? 4 : n <= 25 ? 5 : 6
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = params.code ?? ""
  invariantResponse(isCategorySet(code), "Not found", { status: 404 })
  const url = new URL(request.url)
  const locale = await getLocale(request)
  const catalog = await loadCatalog(url, locale, { category: code })
  // Named here, in the page's language: the criteria taxonomy stays out of the browser's JavaScript.
  const name = categorySetName(code, locale)
  const sector = sectorName(sectorOfSet(code), locale)
  return json({ locale, code, name, sector, url: `${publicOrigin()}/categories/${code}`, catalog })
}

export default function CategoryRoute() {
  const { catalog, code, name, sector } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <div className="container">
      <Breadcrumb trail={[{ to: "/", label: t("common.home") }, { to: "/products", label: t("nav.products") }]} current={name} />
      <header className="page-head">
        <h1>{t("catalog.categoryTitle", { code, name })}</h1>
        <p>{sector}</p>
      </header>
      <Catalog data={catalog} pathname={`/categories/${code}`} fixed={{ category: true }} />
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? "vi"
  const t = translator(locale)
  if (!data) return [{ title: `${t("error.notFoundTitle")} · OCOP Market` }]
  const title = t("catalog.categoryTitle", { code: data.code, name: data.name })
  return seo({ title: `${title} · OCOP Market`, description: t("catalog.metaDescription"), url: data.url, locale })
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
