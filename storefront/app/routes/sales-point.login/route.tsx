import { parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useActionData, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { SignInForm } from "~/components/ui/sign-in-form"
import { StorefrontLogin } from "~/lib/account-schema.server"
import { signInActor } from "~/lib/data/auth.server"
import { getStaffMe, StaffUnauthorizedError } from "~/lib/data/sales-point-api.server"
import { translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { getStaffSession, staffConsoleRedirect, staffSignIn } from "~/lib/staff-session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const [session, locale] = await Promise.all([getStaffSession(request), getLocale(request)])
  const redirectTo = staffConsoleRedirect(new URL(request.url).searchParams.get("redirectTo"))
  if (session.get("token")) return redirect(redirectTo)
  return json({ locale, redirectTo })
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: StorefrontLogin })
  if (submission.status !== "success") {
    return json({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 })
  }
  const token = await signInActor("sales_point_staff", submission.value.email, submission.value.password)
  // A login whose staff record was removed still authenticates; the staff API then says 401.
  const me = token
    ? await getStaffMe(token).catch((error) => {
        if (error instanceof StaffUnauthorizedError) return null
        throw error
      })
    : null
  if (!token || !me) {
    return json({ result: submission.reply({ formErrors: ["staffConsole.login.invalid"], hideFields: ["password"] }) }, { status: 400 })
  }
  return staffSignIn(request, { token, staffName: me.staff.name || me.staff.email }, submission.value.redirectTo)
}

export default function StaffLoginRoute() {
  const { redirectTo } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const t = useT()
  return (
    <section className="narrow" aria-labelledby="staff-login-title">
      <p className="portal-kicker">{t("staffConsole.title")}</p>
      <h1 id="staff-login-title">{t("staffConsole.login.title")}</h1>
      <p>{t("staffConsole.login.intro")}</p>
      <SignInForm id="staff-login" redirectTo={redirectTo} lastResult={actionData?.result} />
    </section>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("staffConsole.login.title")} · OCOP Market`, description: t("staffConsole.login.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
