import { parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { ErrorList, Field } from "~/components/ui/field"
import { StockTable } from "~/components/ui/stock-table"
import { getProducerInventory, orInputError, ProducerInputError, recordProducerStock, type ProducerPremisesPack } from "~/lib/data/producer-api.server"
import { fieldErrorsFromApi } from "~/lib/data/producer-field-errors.server"
import { isMessageKey, translator, useT } from "~/lib/i18n"
import { commitProducerHeaders, getProducerSession, requireProducerToken, withProducerToken } from "~/lib/producer-session.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { ProducerStockForm } from "./producer-stock-schema"

// The API names `quantity` or `change` (the amount field here) and `reason`.
const API_FIELDS = { quantity: "amount", change: "amount", reason: "reason" }

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, inventory, session] = await Promise.all([
    getLocale(request),
    withProducerToken(request, getProducerInventory),
    getProducerSession(request),
  ])
  const notice = session.get("notice") ?? null
  return json({ locale, ...inventory, notice }, { headers: await commitProducerHeaders(session) })
}

type Errors = { variant_id: string; fieldErrors: Record<string, string[]>; formErrors: string[] }

export async function action({ request }: ActionFunctionArgs) {
  // Signed-out visitors are sent to sign in before anything they posted is looked at.
  await requireProducerToken(request)
  const formData = await request.formData()
  const variantId = String(formData.get("variant_id") ?? "")
  const submission = parseWithZod(formData, { schema: ProducerStockForm })
  if (submission.status !== "success") {
    const issues = (submission.error ?? {}) as Record<string, string[] | null>
    const fieldErrors = { amount: issues.amount ?? [], reason: issues.reason ?? [] }
    // A missing pack or way of entering is not a field the producer can see: the form says it.
    const formErrors = [...(issues[""] ?? []), ...(issues.variant_id ?? []), ...(issues.mode ?? [])]
    return json({ errors: { variant_id: variantId, fieldErrors, formErrors } satisfies Errors }, { status: 400 })
  }
  const { mode, amount, reason, variant_id } = submission.value
  const saved = await withProducerToken(request, (token) =>
    orInputError(() =>
      recordProducerStock(token, { variant_id, reason, ...(mode === "set" ? { quantity: amount } : { change: amount }) })
    )
  )
  if (saved instanceof ProducerInputError) {
    const errors = fieldErrorsFromApi(saved.message, API_FIELDS, {
      amount: [/reserved/, "producerPortal.stock.errors.belowReserved"],
    })
    return json({ errors: { variant_id, ...errors } satisfies Errors }, { status: 400 })
  }
  const session = await getProducerSession(request)
  session.flash("notice", "producerPortal.stock.saved")
  return redirect("/producer/inventory", { headers: await commitProducerHeaders(session) })
}

/** One pack's declaration: a new count or a change, and why. */
function PackStockForm({ pack, errors }: { pack: ProducerPremisesPack; errors?: Errors | null }) {
  const t = useT()
  const navigation = useNavigation()
  const busy = navigation.state !== "idle" && navigation.formData?.get("variant_id") === pack.variant_id
  const mine = errors?.variant_id === pack.variant_id ? errors : null
  const id = (field: string) => `stock-${pack.variant_id}-${field}`
  const label = `${pack.product_title} · ${pack.variant_title}`
  return (
    <Form method="post" className="stock-form" aria-label={t("producerPortal.stock.formFor", { pack: label })}>
      <input type="hidden" name="variant_id" value={pack.variant_id} />
      <ErrorList id={id("form-errors")} errors={mine?.formErrors} />
      <fieldset className="stock-form__mode">
        <legend>{t("producerPortal.stock.mode")}</legend>
        <label>
          <input type="radio" name="mode" value="set" defaultChecked /> {t("producerPortal.stock.modeSet")}
        </label>
        <label>
          <input type="radio" name="mode" value="change" /> {t("producerPortal.stock.modeChange")}
        </label>
      </fieldset>
      <Field label={t("producerPortal.stock.amount")} id={id("amount")} errorId={id("amount-errors")} errors={mine?.fieldErrors.amount}>
        <input
          id={id("amount")}
          name="amount"
          type="number"
          inputMode="numeric"
          step={1}
          required
          aria-invalid={mine?.fieldErrors.amount?.length ? true : undefined}
          aria-describedby={id("amount-errors")}
        />
      </Field>
      <Field label={t("producerPortal.stock.reason")} id={id("reason")} errorId={id("reason-errors")} errors={mine?.fieldErrors.reason}>
        <input
          id={id("reason")}
          name="reason"
          type="text"
          required
          minLength={3}
          maxLength={300}
          aria-invalid={mine?.fieldErrors.reason?.length ? true : undefined}
          aria-describedby={id("reason-errors")}
        />
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t("producerPortal.stock.saving") : t("producerPortal.stock.save")}
      </button>
    </Form>
  )
}

export default function ProducerInventoryRoute() {
  const { stock, premises, movements, notice } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const t = useT()
  const packTitle = new Map(premises.packs.map((p) => [p.variant_id, `${p.product_title} · ${p.variant_title}`]))
  return (
    <>
      <section aria-labelledby="premises-title">
        <h1 id="premises-title">{t("producerPortal.stock.title")}</h1>
        <p className="portal-muted">
          {premises.location ? t("producerPortal.stock.intro", { location: premises.location.name }) : t("producerPortal.stock.noLocation")}
        </p>
        {notice && isMessageKey(notice) ? (
          <p className="alert alert--success" role="status">
            {t(notice)}
          </p>
        ) : null}
        {premises.packs.length === 0 ? (
          <p className="empty">{t("producerPortal.stock.noPacks")}</p>
        ) : (
          <ul className="stock-packs">
            {premises.packs.map((pack) => (
              <li key={pack.variant_id} className="stock-pack">
                <h2>
                  {pack.product_title}
                  <span className="portal-muted"> · {pack.variant_title}</span>
                </h2>
                <p>
                  {t("producerPortal.stock.counts", {
                    stocked: pack.stocked_quantity,
                    reserved: pack.reserved_quantity,
                    available: pack.available_quantity,
                  })}
                </p>
                {premises.location ? <PackStockForm pack={pack} errors={actionData?.errors} /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="ledger-title">
        <h2 id="ledger-title">{t("producerPortal.stock.ledger")}</h2>
        {movements.length === 0 ? (
          <p className="empty">{t("producerPortal.stock.ledgerEmpty")}</p>
        ) : (
          <div className="table-scroll">
            <table className="orders-table portal-table">
              <thead>
                <tr>
                  <th scope="col">{t("producerPortal.stock.when")}</th>
                  <th scope="col">{t("producerPortal.inventory.product")}</th>
                  <th scope="col" className="num">{t("producerPortal.stock.change")}</th>
                  <th scope="col" className="num">{t("producerPortal.stock.after")}</th>
                  <th scope="col">{t("producerPortal.stock.reason")}</th>
                </tr>
              </thead>
              <tbody>
                {movements.map((m) => (
                  <tr key={m.id}>
                    <td data-label={t("producerPortal.stock.when")}>
                      <time dateTime={m.created_at}>{new Date(m.created_at).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })}</time>
                    </td>
                    <td data-label={t("producerPortal.inventory.product")}>{(m.variant_id && packTitle.get(m.variant_id)) ?? m.variant_id}</td>
                    <td className="num" data-label={t("producerPortal.stock.change")}>
                      {m.quantity > 0 ? `+${m.quantity}` : m.quantity}
                    </td>
                    <td className="num" data-label={t("producerPortal.stock.after")}>
                      {m.quantity_after}
                    </td>
                    <td data-label={t("producerPortal.stock.reason")}>{m.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="inventory-title">
        <h2 id="inventory-title">{t("producerPortal.inventory.title")}</h2>
        <p className="portal-muted">{t("producerPortal.inventory.intro")}</p>
        {stock.length === 0 ? (
          <p className="empty">{t("producerPortal.inventory.empty")}</p>
        ) : (
          <StockTable
            rows={stock}
            rowKey={(row) => `${row.variant_id}-${row.location_id}`}
            labels={{
              product: t("producerPortal.inventory.product"),
              place: t("producerPortal.inventory.location"),
              stocked: t("producerPortal.inventory.stocked"),
              reserved: t("producerPortal.inventory.reserved"),
              available: t("producerPortal.inventory.available"),
            }}
            place={(row) => row.location_name}
          />
        )}
      </section>
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("producerPortal.stock.title")} · OCOP Market`, description: t("producerPortal.inventory.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
