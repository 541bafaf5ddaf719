import { parseWithZod } from "@conform-to/zod"
import { FetchError } from "@medusajs/js-sdk"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, type SerializeFrom } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { Field, FormErrors } from "~/components/ui/field"
import { listProducerOrders, orInputError, packProducerOrder, ProducerInputError, shipProducerParcel } from "~/lib/data/producer-api.server"
import { formatDate, formatVnd } from "~/lib/format"
import { isMessageKey, loadMessages, translator, useLocale, useT } from "~/lib/i18n"
import { ordersMessageLoaders } from "~/lib/messages/orders/lazy"
import { commitProducerHeaders, getProducerSession, requireProducerToken, withProducerToken } from "~/lib/producer-session.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { getFormProps, getInputProps, useForm, type Constraint } from "~/lib/form"
import { ProducerOrderAction } from "./order-action-schema.server"

// The order and parcel wording the shop's order pages show too; no other portal page needs it.
await loadMessages(ordersMessageLoaders)

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, { orders, sold }, session] = await Promise.all([
    getLocale(request),
    withProducerToken(request, listProducerOrders),
    getProducerSession(request),
  ])
  const notice = session.get("notice") ?? null
  return json({ locale, orders, sold, notice }, { headers: await commitProducerHeaders(session) })
}

// The backend names the field first ("tracking_number: …"): show its message there.
const SHIP_FIELDS = ["carrier", "tracking_number", "tracking_url"] as const

export async function action({ request }: ActionFunctionArgs) {
  // Signed-out visitors are sent to sign in before anything they posted is looked at.
  await requireProducerToken(request)
  const submission = parseWithZod(await request.formData(), { schema: ProducerOrderAction })
  const form = String(submission.payload.fulfillment_id ?? submission.payload.order_id ?? "")
  if (submission.status !== "success") {
    return json({ result: submission.reply(), form }, { status: 400 })
  }
  const value = submission.value
  const session = await getProducerSession(request)
  const t = translator(await getLocale(request))
  try {
    if (value.intent === "pack") {
      const packed = await withProducerToken(request, (token) => orInputError(() => packProducerOrder(token, value.order_id)))
      if (packed instanceof ProducerInputError) {
        return json({ result: submission.reply({ formErrors: [packed.message] }), form }, { status: 400 })
      }
      session.flash("notice", t("producerPortal.orders.packed", { count: 1, number: packed.order.display_id }))
    } else {
      const { intent: _intent, order_id, fulfillment_id, ...body } = value
      const order = await withProducerToken(request, (token) =>
        orInputError(() => shipProducerParcel(token, order_id, fulfillment_id, body))
      )
      if (order instanceof ProducerInputError) {
        const field = SHIP_FIELDS.find((f) => order.message.startsWith(`${f}:`))
        return json(
          {
            result: submission.reply(field ? { fieldErrors: { [field]: [order.message] } } : { formErrors: [order.message] }),
            form,
          },
          { status: 400 }
        )
      }
      session.flash(
        "notice",
        t("producerPortal.orders.shipped", { number: order.display_id, carrier: body.carrier, tracking: body.tracking_number })
      )
    }
  } catch (error) {
    // Someone else's order or parcel: the API answers as if it did not exist.
    if (error instanceof FetchError && error.status === 404) throw new Response("Not found", { status: 404 })
    throw error
  }
  return redirect("/producer/orders", { headers: await commitProducerHeaders(session) })
}

type Order = SerializeFrom<typeof loader>["orders"][number]

export default function ProducerOrdersRoute() {
  const { orders, sold, notice } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <>
      <h1>{t("producerPortal.orders.title")}</h1>
      <p className="portal-muted">
        {t("producerPortal.orders.intro")} {t("producerPortal.orders.toPackFirst")}
      </p>
      {notice ? (
        <p className="alert alert--success" role="status">
          {isMessageKey(notice) ? t(notice) : notice}
        </p>
      ) : null}
      {orders.length === 0 ? (
        <p className="empty">{t("producerPortal.orders.empty")}</p>
      ) : (
        <>
          {orders.map((order) => (
            <OrderCard key={order.id} order={order} />
          ))}
          <section className="portal-section" aria-labelledby="sold">
            <h2 id="sold">{t("producerPortal.orders.sold")}</h2>
            <ul className="portal-counts">
              {sold.map((s) => (
                <li key={s.product_id}>
                  {s.title}: <strong>{s.quantity}</strong>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  )
}

function OrderCard({ order }: { order: Order }) {
  const t = useT()
  const locale = useLocale()
  const titleId = `order-${order.id}`
  const open = order.status !== "canceled" && !order.pickup
  return (
    <article className="portal-section" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {t("order.number", { number: order.display_id })}
        <span className="portal-muted"> · {formatDate(order.created_at, locale)}</span>
      </h2>
      {order.status === "canceled" ? <p className="alert alert--info">{t("producerPortal.orders.canceled")}</p> : null}
      {order.pickup ? <p className="alert alert--info">{t("producerPortal.orders.pickup")}</p> : null}
      <dl className="facts">
        <dt>{t("producerPortal.orders.deliverTo")}</dt>
        <dd>
          {order.delivery.name}
          {order.delivery.phone ? (
            <>
              {" · "}
              <a href={`tel:${order.delivery.phone}`}>{order.delivery.phone}</a>
            </>
          ) : null}
          <br />
          {order.delivery.address}
        </dd>
      </dl>
      {order.cod_to_collect !== null ? (
        <p>
          <strong>{t("producerPortal.orders.codToCollect", { amount: formatVnd(order.cod_to_collect) })}</strong>
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="orders-table portal-table">
          <thead>
            <tr>
              <th scope="col">{t("producerPortal.orders.product")}</th>
              <th scope="col" className="num">
                {t("producerPortal.orders.quantity")}
              </th>
              <th scope="col" className="num">
                {t("producerPortal.orders.unitPrice")}
              </th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.id}>
                <td data-label={t("producerPortal.orders.product")}>
                  {line.product_title}
                  {line.variant_title ? <span className="portal-muted"> · {line.variant_title}</span> : null}
                </td>
                <td className="num" data-label={t("producerPortal.orders.quantity")}>
                  {line.quantity}
                </td>
                <td className="num" data-label={t("producerPortal.orders.unitPrice")}>
                  {formatVnd(line.unit_price)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open && order.to_pack > 0 ? <PackForm order={order} /> : null}
      {order.shipments.map((shipment, i) => (
        <section key={shipment.id} aria-labelledby={`parcel-${shipment.id}`}>
          <h3 id={`parcel-${shipment.id}`}>
            {t("shipment.parcel", { number: i + 1 })}: {t(`shipment.status.${shipment.status}`)}
          </h3>
          {shipment.status === "packed" ? (
            open ? <ShipForm orderId={order.id} fulfillmentId={shipment.id} /> : null
          ) : (
            <p>
              {shipment.carrier ? t("shipment.carrier", { carrier: shipment.carrier }) : null}
              {shipment.tracking_number ? (
                <>
                  <br />
                  {t("shipment.tracking", { tracking: shipment.tracking_number })}
                </>
              ) : null}
            </p>
          )}
        </section>
      ))}
    </article>
  )
}

function PackForm({ order }: { order: Order }) {
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const mine = actionData?.form === order.id
  const [form] = useForm({ id: `pack-${order.id}`, lastResult: mine ? actionData?.result : undefined })
  const hintId = `pack-${order.id}-hint`
  return (
    <Form method="post" {...getFormProps(form)} aria-describedby={hintId}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <p id={hintId} className="portal-muted">
        {t("producerPortal.orders.toPack", { count: order.to_pack })}. {t("producerPortal.orders.packHint")}
      </p>
      <input type="hidden" name="intent" value="pack" />
      <input type="hidden" name="order_id" value={order.id} />
      <button type="submit" className="button" disabled={navigation.state === "submitting"}>
        {t("producerPortal.orders.pack")}
        <span className="visually-hidden"> {t("order.number", { number: order.display_id })}</span>
      </button>
    </Form>
  )
}

/** The browser's half of ProducerShipParcel: native constraints with the schema's message keys. */
const shipParcelConstraint: Record<"carrier" | "tracking_number" | "tracking_url", Constraint> = {
  carrier: { required: true, minLength: 2, maxLength: 80, message: "producerPortal.orders.errors.carrier" },
  tracking_number: { required: true, pattern: "\\s*[A-Za-z0-9][A-Za-z0-9\\-]{3,39}\\s*", message: "producerPortal.orders.errors.trackingNumber" },
  tracking_url: { message: "producerPortal.orders.errors.trackingUrl" },
}

function ShipForm({ orderId, fulfillmentId }: { orderId: string; fulfillmentId: string }) {
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const mine = actionData?.form === fulfillmentId
  const [form, fields] = useForm({
    id: `ship-${fulfillmentId}`,
    lastResult: mine ? actionData?.result : undefined,
    constraint: shipParcelConstraint,
  })
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="ship" />
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="fulfillment_id" value={fulfillmentId} />
      <Field
        label={t("producerPortal.orders.carrier")}
        id={fields.carrier.id}
        errorId={fields.carrier.errorId}
        errors={fields.carrier.errors}
        hint={t("producerPortal.orders.carrierHint")}
        hintId={`${fields.carrier.id}-hint`}
      >
        <input {...getInputProps(fields.carrier, { type: "text", ariaDescribedBy: `${fields.carrier.id}-hint` })} autoComplete="off" />
      </Field>
      <Field
        label={t("producerPortal.orders.trackingNumber")}
        id={fields.tracking_number.id}
        errorId={fields.tracking_number.errorId}
        errors={fields.tracking_number.errors}
        hint={t("producerPortal.orders.trackingNumberHint")}
        hintId={`${fields.tracking_number.id}-hint`}
      >
        <input
          {...getInputProps(fields.tracking_number, { type: "text", ariaDescribedBy: `${fields.tracking_number.id}-hint` })}
          autoComplete="off"
          autoCapitalize="characters"
        />
      </Field>
      <Field label={t("producerPortal.orders.trackingUrl")} id={fields.tracking_url.id} errorId={fields.tracking_url.errorId} errors={fields.tracking_url.errors}>
        <input {...getInputProps(fields.tracking_url, { type: "url" })} autoComplete="off" />
      </Field>
      <button type="submit" className="button" disabled={navigation.state === "submitting"}>
        {t("producerPortal.orders.ship")}
      </button>
    </Form>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("producerPortal.orders.title")} · OCOP Market`, description: t("producerPortal.orders.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
