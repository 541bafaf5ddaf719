import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { FormKeyField, newFormKey } from "~/components/sales-point/form-key"
import { ProductSearch } from "~/components/sales-point/product-search"
import { stockFormAction } from "~/components/sales-point/stock-form-action.server"
import { StaffReceiveStockConstraint } from "~/components/sales-point/stock-forms-constraints"
import { StaffReceiveStock } from "~/components/sales-point/stock-forms-schema.server"
import { StaffErrorBoundary } from "~/components/sales-point/staff-error-boundary"
import { VariantSelect } from "~/components/sales-point/variant-select"
import { Field, FormErrors } from "~/components/ui/field"
import { listOcopProducts } from "~/lib/data/ocop-products.server"
import { listPointVariants, listReceivableVariants, receiveStock } from "~/lib/data/sales-point-api.server"
import { variantLabel } from "~/components/sales-point/variant-label"
import { formatDay } from "~/components/sales-point/format-day"
import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from "~/lib/form"
import { translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { withStaffToken } from "~/lib/staff-session.server"

export async function loader({ request, params }: LoaderFunctionArgs) {
  // A delivery may bring a product this point never held: `q` searches every certified product.
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 200)
  const [locale, variants, catalog] = await Promise.all([
    getLocale(request),
    withStaffToken(request, (token) => (q ? listReceivableVariants(token, params.pointId!, q) : listPointVariants(token, params.pointId!))),
    // The catalog's producer facet names every producer with a listed product.
    listOcopProducts({ limit: 1 }, "vi"),
  ])
  const producers = catalog.facets.producer.map((f) => ({ id: String(f.value), name: f.label }))
  return json({ locale, q, variants, producers, formKey: newFormKey() })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const pointId = params.pointId!
  return stockFormAction(request, {
    schema: StaffReceiveStock,
    fields: ["variant_id", "quantity", "producer_id", "lot_code", "expires_on", "produced_on", "note"],
    explanations: {
      quantity: "staffConsole.error.quantity",
      producer_id: "staffConsole.error.producer",
      lot_code: "staffConsole.error.lotCode",
      expires_on: "staffConsole.error.expiresOn",
      produced_on: "staffConsole.error.producedOn",
    },
    call: (token, v, formKey) =>
      receiveStock(
        token,
        pointId,
        {
          variant_id: v.variant_id,
          quantity: v.quantity,
          producer_id: v.producer_id || null,
          lot_code: v.lot_code || null,
          expires_on: v.expires_on || null,
          produced_on: v.produced_on || null,
          note: v.note || null,
        },
        formKey
      ),
    notice: async ({ movements }, v, token) => {
      const row = (await listPointVariants(token, pointId)).find((r) => r.variant_id === v.variant_id)
      const params = { quantity: v.quantity, product: row ? variantLabel(row) : v.variant_id, before: movements[0]?.quantity_before ?? "", after: movements[0]?.quantity_after ?? "" }
      const lot = movements[0]?.lots?.[0]
      return lot
        ? { key: "staffConsole.receive.doneLot", params: { ...params, lot: lot.lot_code, expires: lot.expires_on ? formatDay(lot.expires_on) : "—" } }
        : { key: "staffConsole.receive.done", params }
    },
  })
}

export default function StaffReceiveRoute() {
  const { q, variants, formKey } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <section className="staff-form" aria-labelledby="receive-title">
      <h1 id="receive-title">{t("staffConsole.receive.title")}</h1>
      <p className="portal-muted">{t("staffConsole.receive.intro")}</p>
      <ProductSearch id="receive-q" label={t("staffConsole.receive.search")} hint={t("staffConsole.receive.searchHint")} submit={t("staffConsole.sell.searchSubmit")} q={q} />
      {q && variants.length === 0 ? <p className="empty">{t("staffConsole.receive.noResults")}</p> : null}
      {/* A new key after each recorded delivery: the form starts empty again. */}
      <ReceiveForm key={formKey} formKey={formKey} />
    </section>
  )
}

function ReceiveForm({ formKey }: { formKey: string }) {
  const { variants, producers } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm<keyof typeof StaffReceiveStockConstraint | "producer_id">({
    id: "staff-receive",
    lastResult: actionData?.result,
    constraint: StaffReceiveStockConstraint,
  })
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormKeyField value={formKey} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <VariantSelect field={fields.variant_id} choices={variants} />
      <Field label={t("staffConsole.field.quantity")} id={fields.quantity.id} errorId={fields.quantity.errorId} errors={fields.quantity.errors}>
        <input {...getInputProps(fields.quantity, { type: "number" })} inputMode="numeric" min={1} step={1} />
      </Field>
      <fieldset className="staff-lot" aria-describedby="receive-lot-hint">
        <legend>{t("staffConsole.receive.lotLegend")}</legend>
        <p className="field-hint" id="receive-lot-hint">
          {t("staffConsole.receive.lotHint")}
        </p>
        <Field label={t("staffConsole.field.lotCode")} id={fields.lot_code.id} errorId={fields.lot_code.errorId} errors={fields.lot_code.errors}>
          <input {...getInputProps(fields.lot_code, { type: "text" })} autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={60} />
        </Field>
        <Field label={t("staffConsole.field.expiresOn")} id={fields.expires_on.id} errorId={fields.expires_on.errorId} errors={fields.expires_on.errors}>
          <input {...getInputProps(fields.expires_on, { type: "date" })} />
        </Field>
        <Field label={t("staffConsole.field.producedOn")} id={fields.produced_on.id} errorId={fields.produced_on.errorId} errors={fields.produced_on.errors}>
          <input {...getInputProps(fields.produced_on, { type: "date" })} />
        </Field>
      </fieldset>
      <Field label={t("staffConsole.field.producer")} id={fields.producer_id.id} errorId={fields.producer_id.errorId} errors={fields.producer_id.errors}>
        <select {...getSelectProps(fields.producer_id)}>
          <option value="">{t("staffConsole.field.producerNone")}</option>
          {producers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("staffConsole.field.note")} id={fields.note.id} errorId={fields.note.errorId} errors={fields.note.errors}>
        <textarea {...getTextareaProps(fields.note)} rows={2} />
      </Field>
      <button type="submit" className="button" disabled={navigation.state === "submitting"}>
        {navigation.state === "submitting" ? t("staffConsole.saving") : t("staffConsole.receive.submit")}
      </button>
    </Form>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("staffConsole.receive.title")} · ${t("staffConsole.title")}`, description: t("staffConsole.receive.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
