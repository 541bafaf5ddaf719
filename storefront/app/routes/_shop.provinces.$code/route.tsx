import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { Catalog } from "~/components/catalog"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { loadCatalog } from "~/lib/catalog.server"
import { listProvinces } from "~/lib/data/ocop-admin-units.server"
import { invariantResponse } from "~/lib/invariant"
import { loadMessages, translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { Breadcrumb } from "~/components/ui/breadcrumb"
import { publicPage } from "~/lib/page-cache"
import { publicOrigin } from "~/lib/public-url.server"
import { shopCatalogMessageLoaders } from "~/lib/messages/shop-catalog/lazy"

await loadMessages(shopCatalogMessageLoaders)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const provinces = await listProvinces()
  const province = provinces.find((p) => p.code === params.code)
  invariantResponse(province, "Not found", { status: 404 })
  const url = new URL(request.url)
  const locale = await getLocale(request)
  const catalog = await loadCatalog(url, locale, { province: province.code })
  return json({ locale, province, url: `${publicOrigin()}/provinces/${province.code}`, catalog })
}

export default function ProvinceRoute() {
  const { catalog, province } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <div className="container">
      <Breadcrumb trail={[{ to: "/", label: t("common.home") }, { to: "/products", label: t("nav.products") }]} current={province.name} />
      <header className="page-head">
        <h1>{t("catalog.provinceTitle", { name: province.name })}</h1>
      </header>
      <Catalog data={catalog} pathname={`/provinces/${province.code}`} fixed={{ province: true }} />
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? "vi"
  const t = translator(locale)
  if (!data) return [{ title: `${t("error.notFoundTitle")} · OCOP Market` }]
  const title = t("catalog.provinceTitle", { name: data.province.name })
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
