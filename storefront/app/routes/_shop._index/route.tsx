import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { ProductGrid } from "~/components/product-card"
import { StarRating } from "~/components/ui/star-rating"
import { getCatalogOverview, listOcopProducts } from "~/lib/data/ocop-products.server"
import { listFeaturedProducts } from "~/lib/featured-products"
import { loadMessages, translator, useLocale, useT } from "~/lib/i18n"
import { categorySetName } from "~/lib/ocop"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { safeHref } from "~/lib/safe-url"
import { publicPage } from "~/lib/page-cache"
import { publicOrigin } from "~/lib/public-url.server"
import { shopHomeMessageLoaders } from "~/lib/messages/shop-home/lazy"

await loadMessages(shopHomeMessageLoaders)

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await getLocale(request)
  const [featured, overview] = await Promise.all([
    listFeaturedProducts((query) => listOcopProducts(query, locale)),
    getCatalogOverview(),
  ])
  // One picture per group and per province, from the first product that has one.
  const pictureOf = (match: (p: (typeof overview.products)[number]) => boolean) =>
    overview.products.find((p) => match(p) && p.thumbnail)?.thumbnail ?? null
  return json({
    locale,
    origin: publicOrigin(),
    featured,
    provinces: overview.facets.province.map((f) => ({
      ...f,
      picture: pictureOf((p) => p.origin.province_code === String(f.value)),
    })),
    // Named here, in the page's language: the criteria taxonomy stays out of the browser's JavaScript.
    categories: overview.facets.category.map((f) => ({
      ...f,
      label: categorySetName(String(f.value), locale, f.label),
      picture: pictureOf((p) => p.ocop.category.set === String(f.value)),
    })),
  })
}

export default function HomeRoute() {
  const { featured, provinces, categories } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <section className="hero">
        <div className="container hero__inner">
          <div>
            <h1>{t("home.heroTitle")}</h1>
            <p className="hero__lead">{t("home.whatIsOcop")}</p>
            <p className="hero__actions">
              <Link to="/products" className="button">
                {t("home.shopNow")}
              </Link>
              <Link to="/products?status=active" className="button button--ghost">
                {t("home.onlyCurrent")}
              </Link>
            </p>
          </div>
          <section className="star-scale" aria-labelledby="star-scale-title">
            <h2 id="star-scale-title">{t("home.scaleTitle")}</h2>
            <ol>
              {([5, 4, 3] as const).map((stars) => (
                <li key={stars}>
                  <StarRating stars={stars} />
                  <span>{t(`home.scale${stars}`)}</span>
                </li>
              ))}
            </ol>
            <p className="star-scale__below">{t("home.scaleBelow")}</p>
          </section>
        </div>
      </section>

      <div className="container">
        <section className="section" aria-labelledby="featured-title">
          <div className="section__head">
            <h2 id="featured-title">{t("home.featured")}</h2>
            <Link to="/products?stars=5&stars=4">{t("common.viewAll")}</Link>
          </div>
          <p className="section__note">{t("home.featuredNote")}</p>
          <ProductGrid products={featured} />
        </section>

        <section className="section" aria-labelledby="provinces-title">
          <h2 id="provinces-title">{t("home.byProvince")}</h2>
          <ul className="tile-grid tile-grid--wide">
            {provinces.map((p) => (
              <li key={p.value}>
                <Link to={`/provinces/${p.value}`} className="tile">
                  {safeHref(p.picture) ? <img src={safeHref(p.picture)} alt="" width={320} height={240} loading="lazy" /> : null}
                  <span className="tile__label">{p.label}</span>
                  <span className="tile__count">{t("home.productCount", { count: p.count })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section className="section" aria-labelledby="categories-title">
          <h2 id="categories-title">{t("home.byCategory")}</h2>
          <ul className="tile-grid">
            {categories.map((c) => (
              <li key={c.value}>
                <Link to={`/categories/${c.value}`} className="tile">
                  {safeHref(c.picture) ? <img src={safeHref(c.picture)} alt="" width={320} height={240} loading="lazy" /> : null}
                  <span className="tile__label">{c.label}</span>
                  <span className="tile__count">{t("home.productCount", { count: c.count })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section className="section" aria-labelledby="experiences-title">
          <h2 id="experiences-title">{t("experience.title")}</h2>
          <p>{t("experience.intro")}</p>
          <p>
            <Link to="/experiences" className="button button--ghost">
              {t("experience.nav")}
            </Link>
          </p>
        </section>

        <section className="section sales-points" aria-labelledby="sales-points-title">
          <h2 id="sales-points-title">{t("home.salesPoints")}</h2>
          <p>{t("home.salesPointsText")}</p>
          <p>
            <Link to="/sales-points" className="button button--ghost">
              {t("home.salesPointsLink")}
            </Link>
          </p>
        </section>
      </div>
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? "vi"
  const t = translator(locale)
  return seo({
    title: t("home.title"),
    description: t("site.description"),
    url: data ? `${data.origin}/` : undefined,
    image: data?.featured[0]?.thumbnail,
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
