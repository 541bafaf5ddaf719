import { parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useActionData, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { SignInForm } from "~/components/ui/sign-in-form"
import { StorefrontLogin } from "~/lib/account-schema.server"
import { signInActor } from "~/lib/data/auth.server"
import { getProducerProfile, ProducerUnauthorizedError } from "~/lib/data/producer-api.server"
import { isMessageKey, translator, useT } from "~/lib/i18n"
import { commitProducerHeaders, getProducerSession, producerConsoleRedirect as portalRedirect, producerSignIn } from "~/lib/producer-session.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const [session, locale] = await Promise.all([getProducerSession(request), getLocale(request)])
  const redirectTo = portalRedirect(new URL(request.url).searchParams.get("redirectTo"))
  if (session.get("token")) return redirect(redirectTo)
  return json({ locale, redirectTo, notice: session.get("notice") ?? null }, { headers: await commitProducerHeaders(session) })
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: StorefrontLogin })
  if (submission.status !== "success") {
    return json({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 })
  }
  const invalid = () =>
    json({ result: submission.reply({ formErrors: ["producerPortal.login.invalid"], hideFields: ["password"] }) }, { status: 400 })
  const token = await signInActor("producer", submission.value.email, submission.value.password)
  if (!token) return invalid()
  // A login whose request the office has not approved yet has no producer: the API says 401.
  const profile = await getProducerProfile(token).catch((error) => {
    if (error instanceof ProducerUnauthorizedError) return null
    throw error
  })
  if (!profile) return invalid()
  return producerSignIn(request, { token, producerName: profile.producer.name }, submission.value.redirectTo)
}

export default function ProducerLoginRoute() {
  const { redirectTo, notice } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const t = useT()
  return (
    <section className="narrow" aria-labelledby="producer-login-title">
      <p className="portal-kicker">{t("producerPortal.title")}</p>
      <h1 id="producer-login-title">{t("producerPortal.login.title")}</h1>
      <p>{t("producerPortal.login.intro")}</p>
      {notice ? (
        <p className="alert alert--success" role="status">
          {isMessageKey(notice) ? t(notice) : notice}
        </p>
      ) : null}
      <SignInForm id="producer-login" redirectTo={redirectTo} lastResult={actionData?.result} />
      <p>
        {t("producerPortal.login.noAccount")} <Link to="/producer/request">{t("producerPortal.login.request")}</Link>
      </p>
    </section>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("producerPortal.login.title")} · OCOP Market`, description: t("producerPortal.login.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
