import { parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { EmailField, PasswordField } from "~/components/ui/credential-fields"
import { Field, FormErrors } from "~/components/ui/field"
import { ProducerEmailTakenError, ProducerInputError, requestProducerAccount } from "~/lib/data/producer-api.server"
import { translator, useT } from "~/lib/i18n"
import { commitProducerHeaders, getProducerSession } from "~/lib/producer-session.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { getFormProps, getInputProps, getTextareaProps, useForm, type Constraint } from "~/lib/form"
import { ProducerRequest } from "./producer-request-schema.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getProducerSession(request)
  if (session.get("token")) return redirect("/producer")
  // An invited person arrives with the invitation link's ?token=; the form sends it on.
  const invitation = new URL(request.url).searchParams.get("token")?.slice(0, 200) || null
  return json({ locale: await getLocale(request), invitation })
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: ProducerRequest })
  if (submission.status !== "success") {
    return json({ result: submission.reply({ hideFields: ["password"] }), requested: false }, { status: 400 })
  }
  const { email, password, name, requestNote, token } = submission.value
  try {
    const member = await requestProducerAccount({ email, password, name, request_note: requestNote, token })
    if (member.status === "active") {
      const session = await getProducerSession(request)
      session.flash("notice", "producerPortal.request.active")
      return redirect("/producer/login", { headers: await commitProducerHeaders(session) })
    }
    return json({ result: submission.reply({ resetForm: true }), requested: true })
  } catch (error) {
    if (error instanceof ProducerEmailTakenError) {
      return json(
        { result: submission.reply({ fieldErrors: { email: ["producerPortal.request.emailTaken"] }, hideFields: ["password"] }), requested: false },
        { status: 400 }
      )
    }
    if (error instanceof ProducerInputError) {
      return json({ result: submission.reply({ formErrors: [error.message], hideFields: ["password"] }), requested: false }, { status: 400 })
    }
    throw error
  }
}

/** The browser's half of ProducerRequest: native constraints with the schema's message keys. */
const producerRequestConstraint: Record<"name" | "email" | "password" | "requestNote", Constraint> = {
  name: { required: true, minLength: 2, maxLength: 200, message: "errors.fullName" },
  email: { required: true, maxLength: 200, message: "errors.email" },
  password: { required: true, minLength: 8, maxLength: 200, message: "errors.password" },
  requestNote: { minLength: 3, maxLength: 2000, message: "producerPortal.errors.note" },
}

export default function ProducerRequestRoute() {
  const actionData = useActionData<typeof action>()
  const { invitation } = useLoaderData<typeof loader>()
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm<"name" | "email" | "password" | "requestNote" | "token">({
    id: "producer-request",
    lastResult: actionData?.result,
    constraint: producerRequestConstraint,
  })
  return (
    <section className="narrow" aria-labelledby="producer-request-title">
      <p className="portal-kicker">{t("producerPortal.title")}</p>
      <h1 id="producer-request-title">{t("producerPortal.request.title")}</h1>
      <p>{t("producerPortal.request.intro")}</p>
      {actionData?.requested ? (
        <p className="alert alert--success" role="status">
          {t("producerPortal.request.requested")}
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        {invitation ? <input type="hidden" name={fields.token.name} value={invitation} /> : null}
        <Field label={t("producerPortal.request.name")} id={fields.name.id} errorId={fields.name.errorId} errors={fields.name.errors}>
          <input {...getInputProps(fields.name, { type: "text" })} autoComplete="name" />
        </Field>
        <EmailField field={fields.email} />
        <PasswordField field={fields.password} purpose="new" />
        <Field
          label={t("producerPortal.request.note")}
          id={fields.requestNote.id}
          errorId={fields.requestNote.errorId}
          errors={fields.requestNote.errors}
          hint={t("producerPortal.request.noteHint")}
          hintId={`${fields.requestNote.id}-hint`}
        >
          <textarea {...getTextareaProps(fields.requestNote, { ariaDescribedBy: `${fields.requestNote.id}-hint` })} rows={3} />
        </Field>
        <button type="submit" className="button button--wide" disabled={navigation.state === "submitting"}>
          {t("producerPortal.request.submit")}
        </button>
      </Form>
      <p>
        <Link to="/producer/login">{t("producerPortal.login.title")}</Link>
      </p>
    </section>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("producerPortal.request.title")} · OCOP Market`, description: t("producerPortal.request.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
