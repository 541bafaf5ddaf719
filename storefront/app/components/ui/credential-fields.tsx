import { getInputProps, type FieldMetadata } from "~/lib/form"
import { useT } from "~/lib/i18n"
import { Field } from "./field"

/** The email of a sign-in or a new account (labelled the same in the shop, the portal and the console). */
export function EmailField({ field, autoComplete = "username" }: { field: FieldMetadata; autoComplete?: "username" | "email" }) {
  const t = useT()
  return (
    <Field label={t("checkout.email")} id={field.id} errorId={field.errorId} errors={field.errors}>
      <input {...getInputProps(field, { type: "email" })} autoComplete={autoComplete} />
    </Field>
  )
}

/**
 * A password: the current one to sign in, a new one (with the rule as a hint), or the new
 * one typed again.
 */
export function PasswordField({ field, purpose }: { field: FieldMetadata; purpose: "current" | "new" | "confirm" }) {
  const t = useT()
  const hintId = `${field.id}-hint`
  const hinted = purpose === "new"
  return (
    <Field
      label={purpose === "confirm" ? t("register.passwordConfirm") : t("login.password")}
      id={field.id}
      errorId={field.errorId}
      errors={field.errors}
      hint={hinted ? t("register.passwordHint") : undefined}
      hintId={hinted ? hintId : undefined}
    >
      <input
        {...getInputProps(field, { type: "password", ariaDescribedBy: hinted ? hintId : undefined })}
        autoComplete={purpose === "current" ? "current-password" : "new-password"}
      />
    </Field>
  )
}
