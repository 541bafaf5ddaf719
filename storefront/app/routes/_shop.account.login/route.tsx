import { getFormProps, getInputProps, useForm } from "@conform-to/react"
import { getZodConstraint, parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { Field, FormErrors } from "~/components/ui/field"
import { StorefrontLogin } from "~/lib/account-schema"
import { signIn } from "~/lib/auth.server"
import { loginCustomer } from "~/lib/data/customers.server"
import { translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { safeRedirect } from "~/lib/safe-url"
import { getLocale, getSession } from "~/lib/session.server"

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
  const token = await loginCustomer(submission.value.email, submission.value.password)
  if (!token) {
    return json({ result: submission.reply({ formErrors: ["errors.invalidLogin"], hideFields: ["password"] }) }, { status: 400 })
  }
  return signIn(await getSession(request), token, submission.value.redirectTo ?? null)
}

export default function LoginRoute() {
  const { redirectTo } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm({
    id: "login",
    lastResult: actionData?.result,
    constraint: getZodConstraint(StorefrontLogin),
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: StorefrontLogin }),
  })
  return (
    <div className="container">
      <section className="narrow" aria-labelledby="login-title">
        <h1 id="login-title">{t("login.title")}</h1>
        <Form method="post" {...getFormProps(form)}>
          <FormErrors id={form.errorId} errors={form.errors} />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <Field label={t("checkout.email")} id={fields.email.id} errorId={fields.email.errorId} errors={fields.email.errors}>
            <input {...getInputProps(fields.email, { type: "email" })} autoComplete="email" />
          </Field>
          <Field label={t("login.password")} id={fields.password.id} errorId={fields.password.errorId} errors={fields.password.errors}>
            <input {...getInputProps(fields.password, { type: "password" })} autoComplete="current-password" />
          </Field>
          <button type="submit" className="button" disabled={navigation.state === "submitting"} style={{ width: "100%" }}>
            {t("login.submit")}
          </button>
        </Form>
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
