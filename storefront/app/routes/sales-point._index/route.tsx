import { json, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { getStaffMe } from "~/lib/data/sales-point-api.server"
import { translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { withStaffToken } from "~/lib/staff-session.server"

/** The console's front door: the chosen point (the switcher's `point`), else the first one. */
export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, me] = await Promise.all([getLocale(request), withStaffToken(request, getStaffMe)])
  const wanted = new URL(request.url).searchParams.get("point")
  const point = me.sales_points.find((p) => p.id === wanted) ?? me.sales_points[0]
  if (point) return redirect(`/sales-point/${point.id}`)
  return json({ locale })
}

export default function StaffConsoleIndexRoute() {
  const t = useT()
  return (
    <section className="narrow">
      <h1>{t("staffConsole.title")}</h1>
      <p className="empty">{t("staffConsole.noPoints")}</p>
    </section>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("staffConsole.title")} · OCOP Market`, description: t("staffConsole.login.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
