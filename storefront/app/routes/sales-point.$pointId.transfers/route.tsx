import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { FormKeyField, newFormKey } from "~/components/sales-point/form-key"
import { stockFormAction } from "~/components/sales-point/stock-form-action.server"
import { StaffSendTransferConstraint } from "~/components/sales-point/stock-forms-constraints"
import { StaffSendTransfer } from "~/components/sales-point/stock-forms-schema.server"
import { StaffErrorBoundary } from "~/components/sales-point/staff-error-boundary"
import { VariantSelect } from "~/components/sales-point/variant-select"
import { Field, FormErrors } from "~/components/ui/field"
import { confirmTransfer, listAllPoints, listPointVariants, listTransfers, orStaffInputError, sendTransfer, StaffInputError, type Transfer } from "~/lib/data/sales-point-api.server"
import { variantLabel } from "~/components/sales-point/variant-label"
import { formatDate } from "~/lib/format"
import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from "~/lib/form"
import { translator, useLocale, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { commitStaffHeaders, flashNotice, getStaffSession, withStaffToken } from "~/lib/staff-session.server"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const pointId = params.pointId!
  const [locale, data] = await Promise.all([
    getLocale(request),
    withStaffToken(request, async (token) => {
      const [variants, points, incoming, outgoing] = await Promise.all([
        listPointVariants(token, pointId),
        listAllPoints(token),
        listTransfers(token, pointId, { direction: "incoming", status: "in_transit" }),
        listTransfers(token, pointId, { direction: "outgoing" }),
      ])
      return { variants, points, incoming: incoming.transfers, outgoing: outgoing.transfers }
    }),
  ])
  const names = Object.fromEntries(data.points.map((p) => [p.id, p.name]))
  // Titles of what is on the road: this point may not hold the variant yet, so fall back to its id.
  const titles = Object.fromEntries(data.variants.map((v) => [v.variant_id, variantLabel(v)]))
  return json({
    locale,
    variants: data.variants,
    destinations: data.points.filter((p) => p.id !== pointId),
    incoming: data.incoming,
    outgoing: data.outgoing,
    names,
    titles,
    formKey: newFormKey(),
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const pointId = params.pointId!
  const form = await request.clone().formData()
  if (form.get("intent") === "confirm") {
    const transferId = String(form.get("transfer_id") ?? "")
    const result = await withStaffToken(request, (token) => orStaffInputError(() => confirmTransfer(token, pointId, transferId)))
    if (result instanceof StaffInputError) return json({ confirmError: { transferId, message: result.message } }, { status: 400 })
    const session = await getStaffSession(request)
    flashNotice(session, "staffConsole.transfers.confirmed")
    return redirect(new URL(request.url).pathname, { headers: await commitStaffHeaders(session) })
  }
  return stockFormAction(request, {
    schema: StaffSendTransfer,
    fields: ["to_sales_point_id", "variant_id", "quantity", "note"],
    explanations: { to_sales_point_id: "staffConsole.error.destination", quantity: [/out of stock/i, "staffConsole.error.notEnough"] },
    call: (token, v, formKey) => sendTransfer(token, pointId, { to_sales_point_id: v.to_sales_point_id, variant_id: v.variant_id, quantity: v.quantity, note: v.note || null }, formKey),
    notice: async (_result, v, token) => {
      const row = (await listPointVariants(token, pointId)).find((r) => r.variant_id === v.variant_id)
      return { key: "staffConsole.transfers.sent", params: { quantity: v.quantity, product: row ? variantLabel(row) : v.variant_id } }
    },
  })
}

export default function StaffTransfersRoute() {
  const { incoming, outgoing, names, titles, formKey } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const t = useT()
  const confirmError = actionData && "confirmError" in actionData ? actionData.confirmError : null
  return (
    <>
      <h1>{t("staffConsole.transfers.title")}</h1>
      <p className="portal-muted">{t("staffConsole.transfers.intro")}</p>
      <section aria-labelledby="incoming-title">
        <h2 id="incoming-title">{t("staffConsole.transfers.incoming")}</h2>
        {incoming.length === 0 ? (
          <p className="empty">{t("staffConsole.transfers.incomingEmpty")}</p>
        ) : (
          <ul className="staff-cards">
            {incoming.map((tr) => {
              const product = titles[tr.variant_id ?? ""] ?? tr.variant_id ?? ""
              return (
                <li key={tr.id} className="staff-card">
                  <p>
                    <strong>
                      {tr.quantity} × {product}
                    </strong>
                  </p>
                  <p className="portal-muted">
                    {t("staffConsole.transfers.from")}: {names[tr.from_sales_point_id] ?? tr.from_sales_point_id} · {tr.sent_by}
                  </p>
                  {confirmError?.transferId === tr.id ? (
                    <p className="field-errors" role="alert">
                      {confirmError.message}
                    </p>
                  ) : null}
                  <Form method="post">
                    <input type="hidden" name="intent" value="confirm" />
                    <input type="hidden" name="transfer_id" value={tr.id} />
                    <button type="submit" className="button" aria-label={t("staffConsole.transfers.confirmLabel", { quantity: tr.quantity, product })}>
                      {t("staffConsole.transfers.confirm")}
                    </button>
                  </Form>
                </li>
              )
            })}
          </ul>
        )}
      </section>
      <section className="staff-form" aria-labelledby="send-title">
        <h2 id="send-title">{t("staffConsole.transfers.send")}</h2>
        {/* A new key after each transfer sent: the form starts empty again. */}
        <SendTransferForm key={formKey} formKey={formKey} />
      </section>
      <section aria-labelledby="outgoing-title">
        <h2 id="outgoing-title">{t("staffConsole.transfers.outgoing")}</h2>
        {outgoing.length === 0 ? <p className="empty">{t("staffConsole.transfers.outgoingEmpty")}</p> : <OutgoingTable transfers={outgoing} names={names} titles={titles} />}
      </section>
    </>
  )
}

function SendTransferForm({ formKey }: { formKey: string }) {
  const { variants, destinations } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm({
    id: "staff-transfer",
    lastResult: actionData && "result" in actionData ? actionData.result : undefined,
    constraint: StaffSendTransferConstraint,
  })
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormKeyField value={formKey} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <Field
        label={t("staffConsole.field.destination")}
        id={fields.to_sales_point_id.id}
        errorId={fields.to_sales_point_id.errorId}
        errors={fields.to_sales_point_id.errors}
      >
        <select {...getSelectProps(fields.to_sales_point_id)}>
          <option value="">{t("staffConsole.field.chooseDestination")}</option>
          {destinations.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <VariantSelect field={fields.variant_id} choices={variants} />
      <Field label={t("staffConsole.field.quantity")} id={fields.quantity.id} errorId={fields.quantity.errorId} errors={fields.quantity.errors}>
        <input {...getInputProps(fields.quantity, { type: "number" })} inputMode="numeric" min={1} step={1} />
      </Field>
      <Field label={t("staffConsole.field.note")} id={fields.note.id} errorId={fields.note.errorId} errors={fields.note.errors}>
        <textarea {...getTextareaProps(fields.note)} rows={2} />
      </Field>
      <button type="submit" className="button" disabled={navigation.state === "submitting"}>
        {t("staffConsole.transfers.send")}
      </button>
    </Form>
  )
}

function OutgoingTable({ transfers, names, titles }: { transfers: Transfer[]; names: Record<string, string>; titles: Record<string, string> }) {
  const t = useT()
  const locale = useLocale()
  return (
    <div className="table-scroll">
      <table className="orders-table portal-table">
        <thead>
          <tr>
            <th scope="col">{t("staffConsole.transfers.sentAt")}</th>
            <th scope="col">{t("staffConsole.stock.product")}</th>
            <th scope="col" className="num">
              {t("staffConsole.field.quantity")}
            </th>
            <th scope="col">{t("staffConsole.transfers.to")}</th>
            <th scope="col">{t("staffConsole.transfers.status")}</th>
          </tr>
        </thead>
        <tbody>
          {transfers.map((tr) => (
            <tr key={tr.id}>
              <td>{formatDate(tr.created_at, locale)}</td>
              <td data-label={t("staffConsole.stock.product")}>{titles[tr.variant_id ?? ""] ?? tr.variant_id}</td>
              <td className="num" data-label={t("staffConsole.field.quantity")}>{tr.quantity}</td>
              <td data-label={t("staffConsole.transfers.to")}>{names[tr.to_sales_point_id] ?? tr.to_sales_point_id}</td>
              <td data-label={t("staffConsole.transfers.status")}>{t(`staffConsole.transfers.status.${tr.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("staffConsole.transfers.title")} · ${t("staffConsole.title")}`, description: t("staffConsole.transfers.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
