import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react"
import { getZodConstraint, parseWithZod } from "@conform-to/zod"
import { Form, useNavigation } from "@remix-run/react"
import { Field, FormErrors } from "~/components/ui/field"
import { StorefrontLogin } from "~/lib/account-schema"
import { useT } from "~/lib/i18n"

/** The email + password sign-in of a console (producer portal, sales point staff), back to `redirectTo`. */
export function ActorLoginForm({ id, redirectTo, lastResult }: { id: string; redirectTo: string; lastResult?: SubmissionResult<string[]> }) {
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm({
    id,
    lastResult,
    constraint: getZodConstraint(StorefrontLogin),
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: StorefrontLogin }),
  })
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <Field label={t("checkout.email")} id={fields.email.id} errorId={fields.email.errorId} errors={fields.email.errors}>
        <input {...getInputProps(fields.email, { type: "email" })} autoComplete="username" />
      </Field>
      <Field label={t("login.password")} id={fields.password.id} errorId={fields.password.errorId} errors={fields.password.errors}>
        <input {...getInputProps(fields.password, { type: "password" })} autoComplete="current-password" />
      </Field>
      <button type="submit" className="button button--wide" disabled={navigation.state === "submitting"}>
        {t("login.submit")}
      </button>
    </Form>
  )
}
