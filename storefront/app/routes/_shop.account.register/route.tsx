import { parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { EmailField, PasswordField } from "~/components/ui/credential-fields"
import { Field, FormErrors } from "~/components/ui/field"
import { StorefrontRegisterConstraint } from "~/lib/account-constraints"
import { StorefrontRegister } from "~/lib/account-schema.server"
import { getFormProps, getInputProps, useForm } from "~/lib/form"
import { signIn } from "~/lib/auth.server"
import { EmailTakenError } from "~/lib/data/auth.server"
import { registerCustomer } from "~/lib/data/customers.server"
import { splitFullName } from "~/lib/format"
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
  const submission = parseWithZod(await request.formData(), { schema: StorefrontRegister })
  const hideFields = ["password", "confirmPassword"]
  if (submission.status !== "success") {
    return json({ result: submission.reply({ hideFields }) }, { status: 400 })
  }
  const { email, password, fullName, redirectTo } = submission.value
  try {
    const token = await registerCustomer({ email, password, ...splitFullName(fullName) })
    return signIn(await getSession(request), token, redirectTo ?? null)
  } catch (error) {
    if (error instanceof EmailTakenError) {
      return json({ result: submission.reply({ fieldErrors: { email: ["errors.emailTaken"] }, hideFields }) }, { status: 400 })
    }
    throw error
  }
}

export default function RegisterRoute() {
  const { redirectTo } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm({
    id: "register",
    lastResult: actionData?.result,
    constraint: StorefrontRegisterConstraint,
  })
  return (
    <div className="container">
      <section className="narrow" aria-labelledby="register-title">
        <h1 id="register-title">{t("register.title")}</h1>
        <Form method="post" {...getFormProps(form)}>
          <FormErrors id={form.errorId} errors={form.errors} />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <Field label={t("register.fullName")} id={fields.fullName.id} errorId={fields.fullName.errorId} errors={fields.fullName.errors}>
            <input {...getInputProps(fields.fullName, { type: "text" })} autoComplete="name" />
          </Field>
          <EmailField field={fields.email} autoComplete="email" />
          <PasswordField field={fields.password} purpose="new" />
          <PasswordField field={fields.confirmPassword} purpose="confirm" />
          <button type="submit" className="button" disabled={navigation.state === "submitting"} style={{ width: "100%" }}>
            {t("register.submit")}
          </button>
        </Form>
        <p>
          {t("register.haveAccount")} <Link to={`/account/login?redirectTo=${encodeURIComponent(redirectTo)}`}>{t("login.submit")}</Link>
        </p>
      </section>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("register.title")} · OCOP Market`, description: t("site.description"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return (
    <div className="container">
      <GeneralErrorBoundary />
    </div>
  )
}
