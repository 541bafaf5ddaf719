import { parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useNavigation } from "@remix-run/react"
import { useMemo, useState, type InputHTMLAttributes } from "react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { ListingCreateConstraint } from "~/components/producer/listing-constraints"
import { ListingCreate } from "~/components/producer/listing-schema.server"
import { ListingPictureInput } from "~/components/producer/listing-picture-input"
import { Field, FormErrors } from "~/components/ui/field"
import { createProducerListing, orInputError, ProducerInputError, uploadProducerFiles } from "~/lib/data/producer-api.server"
import { fieldErrorsFromApi } from "~/lib/data/producer-field-errors.server"
import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type FieldMetadata } from "~/lib/form"
import { translator, useLocale, useT } from "~/lib/i18n"
import { categorySetCodes, categorySetName } from "~/lib/ocop"
import { commitProducerHeaders, getProducerSession, requireProducerToken, withProducerToken } from "~/lib/producer-session.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"

const API_FIELDS = {
  title: "title",
  description: "description",
  category_set: "category_set",
  weight: "weight",
  images: "pictures",
  files: "pictures",
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireProducerToken(request)
  return json({ locale: await getLocale(request) })
}

export async function action({ request }: ActionFunctionArgs) {
  // Signed-out visitors are sent to sign in before anything they posted is looked at.
  await requireProducerToken(request)
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: ListingCreate })
  if (submission.status !== "success") {
    return json({ result: submission.reply() }, { status: submission.status === "error" ? 400 : 200 })
  }
  const { pictures, ...listing } = submission.value
  const created = await withProducerToken(request, (token) =>
    orInputError(async () => {
      const images = pictures?.length ? await uploadProducerFiles(token, pictures) : []
      return await createProducerListing(token, { ...listing, images })
    })
  )
  if (created instanceof ProducerInputError) {
    const errors = fieldErrorsFromApi(created.message, API_FIELDS, { pictures: "producerPortal.apiError.pictures" })
    return json({ result: submission.reply(errors) }, { status: 400 })
  }
  const session = await getProducerSession(request)
  session.flash("notice", "producerPortal.listing.created")
  return redirect(`/producer/listings/${created.id}/certificate`, { headers: await commitProducerHeaders(session) })
}

// Without JavaScript, adding or removing a pack sends the form with conform's intent,
// which the action's parseWithZod applies: the page comes back with the packs changed.
// With JavaScript the page adds and removes them itself.
const INTENT = "__intent__"
const ADD_PACK = JSON.stringify({ type: "insert", payload: { name: "variants" } })
const removePackIntent = (index: number) => JSON.stringify({ type: "remove", payload: { name: "variants", index } })

/** Each pack row: a key for React, and the values it was first shown with (the server's, or none). */
type Pack = { key: number; typed: Record<string, unknown> }
const shown = (value: unknown) => (value == null ? "" : String(value))

/** The errors once pack `index` is removed: its own go, the next packs' move up with them. */
function withoutPack(errors: Record<string, string[]>, index: number) {
  const moved: Record<string, string[]> = {}
  for (const [name, messages] of Object.entries(errors)) {
    const pack = /^variants\[(\d+)\](.*)$/.exec(name)
    const at = pack ? Number(pack[1]) : -1
    if (at !== index) moved[pack && at > index ? `variants[${at - 1}]${pack[2]}` : name] = messages
  }
  return moved
}

export default function NewListingRoute() {
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const locale = useLocale()
  const result = actionData?.result
  // The answer to a pack button sent without JavaScript (an intent: no status) checked
  // nothing the producer asked for: it brings the values back, not the errors.
  const lastResult = useMemo(() => (result && !result.status ? { initialValue: result.initialValue } : result), [result])
  const [form, fields] = useForm<string>({ id: "new-listing", lastResult, constraint: ListingCreateConstraint })
  const [packs, setPacks] = useState<Pack[]>(() => {
    const typed = lastResult?.initialValue?.variants
    return (Array.isArray(typed) ? typed : [undefined]).map((value, key) => ({ key, typed: (value ?? {}) as Record<string, unknown> }))
  })
  const addPack = () => setPacks((list) => [...list, { key: (list.at(-1)?.key ?? -1) + 1, typed: {} }])
  const removePack = (index: number) => {
    setPacks((list) => list.filter((_, i) => i !== index))
    form.setErrors((errors) => withoutPack(errors, index))
  }
  return (
    <section className="portal-form" aria-labelledby="new-listing-heading">
      <p>
        <Link to="/producer/listings">← {t("producerPortal.listings.title")}</Link>
      </p>
      <h1 id="new-listing-heading">{t("producerPortal.listing.newTitle")}</h1>
      <p className="portal-muted">{t("producerPortal.listing.newIntro")}</p>
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field label={t("producerPortal.listing.title")} id={fields.title.id} errorId={fields.title.errorId} errors={fields.title.errors}>
          <input {...getInputProps(fields.title, { type: "text" })} />
        </Field>
        <Field label={t("producerPortal.listing.category")} id={fields.category_set.id} errorId={fields.category_set.errorId} errors={fields.category_set.errors}>
          <select {...getSelectProps(fields.category_set)}>
            <option value="">{t("producerPortal.listing.chooseCategory")}</option>
            {categorySetCodes.map((code) => (
              <option key={code} value={code}>
                {code} · {categorySetName(code, locale)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("producerPortal.listing.description")} id={fields.description.id} errorId={fields.description.errorId} errors={fields.description.errors}>
          <textarea {...getTextareaProps(fields.description)} rows={5} />
        </Field>
        <Field label={t("producerPortal.listing.weight")} id={fields.weight.id} errorId={fields.weight.errorId} errors={fields.weight.errors}>
          <input {...getInputProps(fields.weight, { type: "number" })} inputMode="numeric" min={1} step={1} />
        </Field>
        <ListingPictureInput field={fields.pictures} />
        <fieldset>
          <legend>{t("producerPortal.listing.packs")}</legend>
          <FormErrors id={fields.variants.errorId} errors={fields.variants.errors} />
          {packs.map(({ key, typed }, index) => {
            const pack = (name: string) => fields[`variants[${index}].${name}`]
            const priceHint = `${pack("price_vnd").id}-hint`
            return (
              <fieldset key={key} className="pack">
                <legend>{t("producerPortal.listing.pack", { n: index + 1 })}</legend>
                <div className="field-row">
                  <PackField field={pack("title")} typed={typed.title} label={t("producerPortal.listing.packName")} />
                  <PackField
                    field={pack("price_vnd")}
                    typed={typed.price_vnd}
                    label={t("producerPortal.listing.packPrice")}
                    hint={t("producerPortal.listing.packPriceHint")}
                    hintId={priceHint}
                    inputMode="numeric"
                  />
                </div>
                <div className="field-row">
                  <PackField field={pack("sku")} typed={typed.sku} label={t("producerPortal.listing.packSku")} />
                  <PackField field={pack("weight")} typed={typed.weight} label={t("producerPortal.listing.packWeight")} type="number" inputMode="numeric" min={1} step={1} />
                </div>
                {packs.length > 1 ? (
                  <button
                    type="submit"
                    name={INTENT}
                    value={removePackIntent(index)}
                    onClick={(event) => {
                      event.preventDefault()
                      removePack(index)
                    }}
                    className="button button--ghost button--small"
                  >
                    {t("producerPortal.listing.removePack", { n: index + 1 })}
                  </button>
                ) : null}
              </fieldset>
            )
          })}
          <button
            type="submit"
            name={INTENT}
            value={ADD_PACK}
            onClick={(event) => {
              event.preventDefault()
              addPack()
            }}
            className="button button--ghost button--small"
          >
            {t("producerPortal.listing.addPack")}
          </button>
        </fieldset>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("producerPortal.listing.create")}
        </button>
      </Form>
    </section>
  )
}

/**
 * One field of a pack, shown with the value its row was first shown with: the rows keep
 * their own when one above them is removed (the names move up, the typed values stay).
 */
function PackField({
  field,
  typed,
  label,
  hint,
  hintId,
  type = "text",
  ...input
}: { field: FieldMetadata; typed: unknown; label: string; hint?: string; hintId?: string; type?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} id={field.id} errorId={field.errorId} errors={field.errors} hint={hint} hintId={hintId}>
      <input {...getInputProps(field, { type, ariaDescribedBy: hintId })} {...input} defaultValue={shown(typed)} />
    </Field>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("producerPortal.listing.newTitle")} · OCOP Market`, description: t("producerPortal.listing.newIntro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
