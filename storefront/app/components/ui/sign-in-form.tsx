import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react"
import { getZodConstraint, parseWithZod } from "@conform-to/zod"
import { Form, useNavigation } from "@remix-run/react"
import { StorefrontLogin } from "~/lib/account-schema"
import { useT } from "~/lib/i18n"
import { EmailField, PasswordField } from "./credential-fields"
import { FormErrors } from "./field"

/**
 * The email + password sign-in of every actor (shopper, producer, sales point staff),
 * back to `redirectTo`. Works without JavaScript; with it, checks fields as they are typed.
 */
export function SignInForm({ id, redirectTo, lastResult }: { id: string; redirectTo: string; lastResult?: SubmissionResult<string[]> }) {
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
      <EmailField field={fields.email} />
      <PasswordField field={fields.password} purpose="current" />
      <button type="submit" className="button button--wide" disabled={navigation.state === "submitting"}>
        {t("login.submit")}
      </button>
    </Form>
  )
}
