import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { FormKeyField, newFormKey } from "~/components/sales-point/form-key"
import { LazyScanToChoose } from "~/components/sales-point/camera/lazy-scan-to-choose"
import { stockFormAction } from "~/components/sales-point/stock-form-action.server"
import { ADJUST_REASONS, StaffAdjustStockConstraint } from "~/components/sales-point/stock-forms-constraints"
import { StaffAdjustStock } from "~/components/sales-point/stock-forms-schema.server"
import { StaffErrorBoundary } from "~/components/sales-point/staff-error-boundary"
import { VariantSelect } from "~/components/sales-point/variant-select"
import { Field, FormErrors } from "~/components/ui/field"
import { adjustStock, listPointVariants } from "~/lib/data/sales-point-api.server"
import { variantLabel } from "~/components/sales-point/variant-label"
import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from "~/lib/form"
import { translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { withStaffToken } from "~/lib/staff-session.server"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [locale, variants] = await Promise.all([getLocale(request), withStaffToken(request, (token) => listPointVariants(token, params.pointId!))])
  return json({ locale, variants, formKey: newFormKey() })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const pointId = params.pointId!
  return stockFormAction(request, {
    schema: StaffAdjustStock,
    fields: ["variant_id", "adjustment", "reason", "note"],
    explanations: { adjustment: [/out of stock|below|reserved/i, "staffConsole.error.belowZero"] },
    call: (token, v, formKey) => adjustStock(token, pointId, { variant_id: v.variant_id, adjustment: v.adjustment, reason: v.reason, note: v.note || null }, formKey),
    notice: async ({ movements }, v, token) => {
      const row = (await listPointVariants(token, pointId)).find((r) => r.variant_id === v.variant_id)
      return {
        key: "staffConsole.adjust.done",
        params: { product: row ? variantLabel(row) : v.variant_id, before: movements[0]?.quantity_before ?? "", after: movements[0]?.quantity_after ?? "" },
      }
    },
  })
}

export default function StaffAdjustRoute() {
  const { formKey, variants } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <section className="staff-form" aria-labelledby="adjust-title">
      <h1 id="adjust-title">{t("staffConsole.adjust.title")}</h1>
      <p className="portal-muted">{t("staffConsole.adjust.intro")}</p>
      <LazyScanToChoose choices={variants} selectName="variant_id" />
      {/* A new key after each recorded change: the form starts empty again. */}
      <AdjustForm key={formKey} formKey={formKey} />
    </section>
  )
}

function AdjustForm({ formKey }: { formKey: string }) {
  const { variants } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm({
    id: "staff-adjust",
    lastResult: actionData?.result,
    constraint: StaffAdjustStockConstraint,
  })
  const hintId = `${fields.adjustment.id}-hint`
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormKeyField value={formKey} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <VariantSelect field={fields.variant_id} choices={variants} />
      <Field label={t("staffConsole.field.reason")} id={fields.reason.id} errorId={fields.reason.errorId} errors={fields.reason.errors}>
        <select {...getSelectProps(fields.reason)}>
          {ADJUST_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`staffConsole.reason.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t("staffConsole.field.adjustment")}
        id={fields.adjustment.id}
        errorId={fields.adjustment.errorId}
        errors={fields.adjustment.errors}
        hint={t("staffConsole.field.adjustmentHint")}
        hintId={hintId}
      >
        <input
          {...getInputProps(fields.adjustment, { type: "number" })}
          step={1}
          aria-describedby={[hintId, fields.adjustment.errors?.length ? fields.adjustment.errorId : null].filter(Boolean).join(" ")}
        />
      </Field>
      <Field label={t("staffConsole.field.note")} id={fields.note.id} errorId={fields.note.errorId} errors={fields.note.errors}>
        <textarea {...getTextareaProps(fields.note)} rows={2} />
      </Field>
      <button type="submit" className="button" disabled={navigation.state === "submitting"}>
        {navigation.state === "submitting" ? t("staffConsole.saving") : t("staffConsole.adjust.submit")}
      </button>
    </Form>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("staffConsole.adjust.title")} · ${t("staffConsole.title")}`, description: t("staffConsole.adjust.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
