import { Form, useNavigation } from "@remix-run/react"
import { Field, FormErrors } from "~/components/ui/field"
import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "~/lib/form"
import { useT } from "~/lib/i18n"
import type { ProducerBankAccount } from "~/lib/data/producer-api.server"
import { ProducerBankAccountConstraint } from "./profile-constraints"

/** The producer's payout account: the bank from the VietQR list, the number and the holder. */
export function BankAccountForm({
  banks,
  account,
  lastResult,
  saved,
}: {
  banks: { bin: string; name: string }[]
  account: ProducerBankAccount | null
  lastResult?: SubmissionResult
  saved: boolean
}) {
  const t = useT()
  const navigation = useNavigation()
  const [form, fields] = useForm({
    id: "producer-bank-account",
    lastResult,
    constraint: ProducerBankAccountConstraint,
    defaultValue: {
      bank_bin: account?.bank_bin ?? "",
      account_number: account?.account_number ?? "",
      account_name: account?.account_name ?? "",
    },
  })
  const submitting = navigation.state === "submitting" && navigation.formData?.get("intent") === "bank-account"
  return (
    <section id="bank-account" className="portal-section" aria-labelledby="bank-account-title">
      <h2 id="bank-account-title">{t("producerPortal.bank.title")}</h2>
      <p className="portal-muted">{t("producerPortal.bank.intro")}</p>
      {saved ? (
        <p className="alert alert--success" role="status">
          {t("producerPortal.bank.saved")}
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="bank-account" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field label={t("producerPortal.bank.bank")} id={fields.bank_bin.id} errorId={fields.bank_bin.errorId} errors={fields.bank_bin.errors}>
          <select {...getSelectProps(fields.bank_bin)}>
            <option value="">{t("producerPortal.bank.chooseBank")}</option>
            {banks.map((bank) => (
              <option key={bank.bin} value={bank.bin}>
                {bank.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="field-row">
          <Field
            label={t("producerPortal.bank.accountNumber")}
            id={fields.account_number.id}
            errorId={fields.account_number.errorId}
            errors={fields.account_number.errors}
          >
            <input {...getInputProps(fields.account_number, { type: "text" })} inputMode="numeric" autoComplete="off" />
          </Field>
          <Field
            label={t("producerPortal.bank.accountName")}
            id={fields.account_name.id}
            errorId={fields.account_name.errorId}
            errors={fields.account_name.errors}
            hint={t("producerPortal.bank.accountNameHint")}
            hintId={`${fields.account_name.id}-hint`}
          >
            <input
              {...getInputProps(fields.account_name, { type: "text", ariaDescribedBy: `${fields.account_name.id}-hint` })}
              autoComplete="cc-name"
            />
          </Field>
        </div>
        <button type="submit" className="button" disabled={submitting}>
          {t("producerPortal.bank.save")}
        </button>
      </Form>
    </section>
  )
}
