import { parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useActionData, useLoaderData } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { SignInForm } from "~/components/ui/sign-in-form"
import { StorefrontLogin } from "~/lib/account-schema.server"
import { signIn } from "~/lib/auth.server"
import { signInActor } from "~/lib/data/auth.server"
import { loadMessages, translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { safeRedirect } from "~/lib/safe-url"
import { getLocale, getSession } from "~/lib/session.server"
import { shopAccountMessageLoaders } from "~/lib/messages/shop-account/lazy"
import { formsMessageLoaders } from "~/lib/messages/forms/lazy"

await loadMessages(shopAccountMessageLoaders, formsMessageLoaders)

export async function loader({ request }: LoaderFunctionArgs) {
  const [session, locale] = await Promise.all([getSession(request), getLocale(request)])
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "/account")
  if (session.get("customerToken")) return redirect(redirectTo)
  return json({ locale, redirectTo })
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: StorefrontLogin })
  if (submission.status !== "success") {
    return json({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 })
  }
  const token = await signInActor("customer", submission.value.email, submission.value.password)
  if (!token) {
    return json({ result: submission.reply({ formErrors: ["errors.invalidLogin"], hideFields: ["password"] }) }, { status: 400 })
  }
  return signIn(await getSession(request), token, submission.value.redirectTo ?? null)
}

export default function LoginRoute() {
  const { redirectTo } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const t = useT()
  return (
    <div className="container">
      <section className="narrow" aria-labelledby="login-title">
        <h1 id="login-title">{t("login.title")}</h1>
        <SignInForm id="login" redirectTo={redirectTo} lastResult={actionData?.result} />
        <p>
          {t("login.noAccount")} <Link to={`/account/register?redirectTo=${encodeURIComponent(redirectTo)}`}>{t("login.register")}</Link>
        </p>
      </section>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("login.title")} · OCOP Market`, description: t("site.description"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return (
    <div className="container">
      <GeneralErrorBoundary />
    </div>
  )
}
