import { Form, useNavigation } from "@remix-run/react"
import { StorefrontLoginConstraint } from "~/lib/account-constraints"
import { getFormProps, useForm, type SubmissionResult } from "~/lib/form"
import { useT } from "~/lib/i18n"
import { EmailField, PasswordField } from "./credential-fields"
import { FormErrors } from "./field"

/**
 * The email + password sign-in of every actor (shopper, producer, sales point staff),
 * back to `redirectTo`. Checked by the action (account-schema.server); with JavaScript the
 * browser checks the native constraints first.
 */
export function SignInForm({ id, redirectTo, lastResult }: { id: string; redirectTo: string; lastResult?: SubmissionResult }) {
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm({
    id,
    lastResult,
    constraint: StorefrontLoginConstraint,
  })
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <EmailField field={fields.email} />
      <PasswordField field={fields.password} purpose="current" />
      <button type="submit" className="button button--wide" disabled={navigation.state === "submitting"}>
        {t("login.submit")}
      </button>
    </Form>
  )
}
