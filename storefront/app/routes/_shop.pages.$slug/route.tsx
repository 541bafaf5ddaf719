import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary, Problem } from "~/components/error-boundary"
import { PageText } from "~/components/shop/page-text"
import { Breadcrumb } from "~/components/ui/breadcrumb"
import { getShopPage } from "~/lib/data/shop-pages.server"
import { formatDate } from "~/lib/format"
import { translator, useLocale, useT } from "~/lib/i18n"
import { invariantResponse } from "~/lib/invariant"
import { publicUrl } from "~/lib/public-url.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"

// The policy pages' addresses: lower-case ASCII words and hyphens (anything else is no page).
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? ""
  invariantResponse(SLUG.test(slug) && slug.length <= 100, "Not found", { status: 404 })
  const locale = await getLocale(request)
  const page = await getShopPage(slug, locale)
  invariantResponse(page, "Not found", { status: 404 })
  return json({ page, locale, url: publicUrl(`/pages/${slug}`) })
}

/** A policy page (returns, privacy, shipping, payment) as the office wrote it in Admin. */
export default function ShopPageRoute() {
  const { page } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <div className="container container--narrow">
      <Breadcrumb trail={[{ to: "/", label: t("common.home") }]} current={page.title} />
      <article className="shop-page">
        <h1>{page.title}</h1>
        <PageText text={page.body} />
        <p className="field-hint">{t("page.updated", { date: formatDate(page.updated_at, locale) })}</p>
      </article>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? "vi"
  const t = translator(locale)
  if (!data) return [{ title: `${t("error.notFoundTitle")} · OCOP Market` }, { name: "robots", content: "noindex" }]
  const first = data.page.body.split("\n").find((l) => l.trim() && !l.startsWith("#")) ?? data.page.title
  return seo({
    title: `${data.page.title} · OCOP Market`,
    description: first.length > 160 ? `${first.slice(0, 157)}…` : first,
    url: data.url,
    locale,
  })
}

export function ErrorBoundary() {
  const t = useT()
  return (
    <div className="container">
      <GeneralErrorBoundary
        statusHandlers={{ 404: () => <Problem title={t("error.notFoundTitle")} text={t("page.notFound")} status={404} /> }}
      />
    </div>
  )
}

// Not a shared page: the office edits these in Admin and expects the shop to show what it
// saved at once, and a policy page is read too seldom for a kept copy to matter.
