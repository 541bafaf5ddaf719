import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { ExperienceCard } from "~/components/experience/experience-card"
import { listExperiences } from "~/lib/data/ocop-experiences.server"
import { loadMessages, translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { Breadcrumb } from "~/components/ui/breadcrumb"
import { publicPage } from "~/lib/page-cache"
import { publicOrigin } from "~/lib/public-url.server"
import { shopExperiencesMessageLoaders } from "~/lib/messages/shop-experiences/lazy"

await loadMessages(shopExperiencesMessageLoaders)

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await getLocale(request)
  const { experiences } = await listExperiences(locale)
  return json({ experiences, locale, url: `${publicOrigin()}/experiences` })
}

export default function ExperiencesRoute() {
  const { experiences } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <div className="container">
      <Breadcrumb trail={[{ to: "/", label: t("common.home") }]} current={t("experience.title")} />
      <header className="page-head">
        <h1>{t("experience.title")}</h1>
        <p>{t("experience.intro")}</p>
      </header>
      {experiences.length ? (
        <ul className="experience-list">
          {experiences.map((e) => (
            <li key={e.id}>
              <ExperienceCard experience={e} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t("experience.empty")}</p>
      )}
      {experiences.some((e) => e.is_illustrative) ? <p className="field-hint">{t("experience.illustrative")}</p> : null}
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? "vi"
  const t = translator(locale)
  return seo({ title: `${t("experience.title")} · OCOP Market`, description: t("experience.intro"), url: data?.url, locale })
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
