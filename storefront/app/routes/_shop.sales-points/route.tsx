import {
  json,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import {
  listSalesPoints,
  type OcopSalesPoint,
} from "~/lib/data/ocop-sales-points.server"
import { loadMessages, translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { SalesPointCard } from "./sales-point-card"
import { Breadcrumb } from "~/components/ui/breadcrumb"
import { publicPage } from "~/lib/page-cache"
import { publicOrigin } from "~/lib/public-url.server"
import { shopPlacesMessageLoaders } from "~/lib/messages/shop-places/lazy"

await loadMessages(shopPlacesMessageLoaders)

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await getLocale(request)
  const points = await listSalesPoints(locale)
  // The API lists by province code then name; keep that order per province.
  const provinces: { code: string; name: string; points: OcopSalesPoint[] }[] =
    []
  for (const point of points) {
    let province = provinces.find((p) => p.code === point.province.code)
    if (!province) {
      province = {
        code: point.province.code,
        name: point.province.name ?? point.province.code,
        points: [],
      }
      provinces.push(province)
    }
    province.points.push(point)
  }
  return json({
    provinces,
    locale,
    url: `${publicOrigin()}/sales-points`,
  })
}

export default function SalesPointsRoute() {
  const { provinces } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <div className="container">
      <Breadcrumb trail={[{ to: "/", label: t("common.home") }]} current={t("salesPoint.title")} />
      <header className="page-head">
        <h1>{t("salesPoint.title")}</h1>
        <p>{t("salesPoint.intro")}</p>
      </header>
      {provinces.length === 0 ? (
        <p>{t("salesPoint.empty")}</p>
      ) : (
        <>
          <nav aria-label={t("salesPoint.byProvince")}>
            <ul className="chips">
              {provinces.map((p) => (
                <li key={p.code}>
                  <a href={`#province-${p.code}`}>
                    {p.name} ({p.points.length})
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {provinces.map((province) => (
            <section
              key={province.code}
              className="section"
              aria-labelledby={`province-${province.code}`}
            >
              <h2 id={`province-${province.code}`}>{province.name}</h2>
              <ul className="sales-point-list">
                {province.points.map((point) => (
                  <li key={point.id}>
                    <SalesPointCard point={point} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? "vi"
  const t = translator(locale)
  return seo({
    title: `${t("salesPoint.title")} · OCOP Market`,
    description: t("salesPoint.intro"),
    url: data?.url,
    locale,
  })
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
