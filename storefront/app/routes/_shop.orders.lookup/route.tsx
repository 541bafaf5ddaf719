import { parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useNavigation } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { Breadcrumb } from "~/components/ui/breadcrumb"
import { Field, FormErrors } from "~/components/ui/field"
import { lookupOrder } from "~/lib/data/order-lookup.server"
import { loadMessages, translator, useT } from "~/lib/i18n"
import { StorefrontOrderLookup } from "~/lib/order-lookup-schema.server"
import { getFormProps, getInputProps, useForm, type Constraint } from "~/lib/form"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { shopLookupMessageLoaders } from "~/lib/messages/shop-lookup/lazy"
import { formsMessageLoaders } from "~/lib/messages/forms/lazy"

// This page's texts are not in the shop dictionary every page downloads (messages/shop-lookup).
await loadMessages(shopLookupMessageLoaders, formsMessageLoaders)

export async function loader({ request }: LoaderFunctionArgs) {
  return json({ locale: await getLocale(request) })
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: StorefrontOrderLookup })
  if (submission.status !== "success") {
    return json({ result: submission.reply() }, { status: 400 })
  }
  const { number, contact } = submission.value
  const found = await lookupOrder(number, contact, request.headers.get("x-forwarded-for"))
  if (found.kind === "too_many") {
    return json({ result: submission.reply({ formErrors: ["lookup.tooMany"] }) }, { status: 429 })
  }
  if (found.kind === "not_found") {
    // The same words whichever of the two was wrong: the page tells nobody which orders exist.
    return json({ result: submission.reply({ formErrors: ["lookup.notFound"] }) }, { status: 400 })
  }
  return redirect(`/orders/${encodeURIComponent(found.orderId)}?access=${encodeURIComponent(found.accessToken)}`)
}

/** The browser's half of StorefrontOrderLookup: native constraints with the schema's message keys. */
const orderLookupConstraint: Record<"number" | "contact", Constraint> = {
  number: { required: true, pattern: "\\s*#?\\d{1,9}\\s*", message: "errors.orderNumber" },
  contact: { required: true, minLength: 3, maxLength: 200, message: "errors.orderContact" },
}

export default function OrderLookupRoute() {
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm({
    id: "order-lookup",
    lastResult: actionData?.result,
    constraint: orderLookupConstraint,
  })
  return (
    <div className="container">
      <Breadcrumb trail={[{ to: "/", label: t("common.home") }]} current={t("lookup.title")} />
      <section className="narrow" aria-labelledby="lookup-title">
        <h1 id="lookup-title">{t("lookup.title")}</h1>
        <p>{t("lookup.intro")}</p>
        <Form method="post" {...getFormProps(form)}>
          <FormErrors id={form.errorId} errors={form.errors} />
          <Field
            label={t("lookup.number")}
            id={fields.number.id}
            errorId={fields.number.errorId}
            errors={fields.number.errors}
            hint={t("lookup.numberHint")}
            hintId={`${fields.number.id}-hint`}
          >
            <input
              {...getInputProps(fields.number, { type: "text" })}
              inputMode="numeric"
              autoComplete="off"
              aria-describedby={`${fields.number.id}-hint${fields.number.errors ? ` ${fields.number.errorId}` : ""}`}
            />
          </Field>
          <Field
            label={t("lookup.contact")}
            id={fields.contact.id}
            errorId={fields.contact.errorId}
            errors={fields.contact.errors}
            hint={t("lookup.contactHint")}
            hintId={`${fields.contact.id}-hint`}
          >
            <input
              {...getInputProps(fields.contact, { type: "text" })}
              autoComplete="email"
              aria-describedby={`${fields.contact.id}-hint${fields.contact.errors ? ` ${fields.contact.errorId}` : ""}`}
            />
          </Field>
          <button type="submit" className="button button--wide" disabled={navigation.state === "submitting"}>
            {t("lookup.submit")}
          </button>
        </Form>
      </section>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("lookup.title")} · OCOP Market`, description: t("lookup.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return (
    <div className="container">
      <GeneralErrorBoundary />
    </div>
  )
}
