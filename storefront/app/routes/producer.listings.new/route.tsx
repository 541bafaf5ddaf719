import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from "@conform-to/react"
import { getZodConstraint, parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useNavigation } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { ListingCreate } from "~/components/producer/listing-schema"
import { ListingPictureInput } from "~/components/producer/listing-picture-input"
import { Field, FormErrors } from "~/components/ui/field"
import { createProducerListing, orInputError, ProducerInputError, uploadProducerFiles } from "~/lib/data/producer-api.server"
import { fieldErrorsFromApi } from "~/lib/data/producer-field-errors.server"
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

export default function NewListingRoute() {
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const locale = useLocale()
  const [form, fields] = useForm({
    id: "new-listing",
    lastResult: actionData?.result,
    constraint: getZodConstraint(ListingCreate),
    shouldRevalidate: "onInput",
    defaultValue: { variants: [{ title: "", price_vnd: "" }] },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ListingCreate }),
  })
  const variants = fields.variants.getFieldList()
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
          {variants.map((variant, index) => {
            const pack = variant.getFieldset()
            const priceHint = `${pack.price_vnd.id}-hint`
            return (
              <fieldset key={variant.key} className="pack">
                <legend>{t("producerPortal.listing.pack", { n: index + 1 })}</legend>
                <div className="field-row">
                  <Field label={t("producerPortal.listing.packName")} id={pack.title.id} errorId={pack.title.errorId} errors={pack.title.errors}>
                    <input {...getInputProps(pack.title, { type: "text" })} />
                  </Field>
                  <Field
                    label={t("producerPortal.listing.packPrice")}
                    id={pack.price_vnd.id}
                    errorId={pack.price_vnd.errorId}
                    errors={pack.price_vnd.errors}
                    hint={t("producerPortal.listing.packPriceHint")}
                    hintId={priceHint}
                  >
                    <input {...getInputProps(pack.price_vnd, { type: "text", ariaDescribedBy: priceHint })} inputMode="numeric" />
                  </Field>
                </div>
                <div className="field-row">
                  <Field label={t("producerPortal.listing.packSku")} id={pack.sku.id} errorId={pack.sku.errorId} errors={pack.sku.errors}>
                    <input {...getInputProps(pack.sku, { type: "text" })} />
                  </Field>
                  <Field label={t("producerPortal.listing.packWeight")} id={pack.weight.id} errorId={pack.weight.errorId} errors={pack.weight.errors}>
                    <input {...getInputProps(pack.weight, { type: "number" })} inputMode="numeric" min={1} step={1} />
                  </Field>
                </div>
                {variants.length > 1 ? (
                  <button {...form.remove.getButtonProps({ name: fields.variants.name, index })} className="button button--ghost button--small">
                    {t("producerPortal.listing.removePack", { n: index + 1 })}
                  </button>
                ) : null}
              </fieldset>
            )
          })}
          <button
            {...form.insert.getButtonProps({ name: fields.variants.name, defaultValue: { title: "", price_vnd: "" } })}
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

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("producerPortal.listing.newTitle")} · OCOP Market`, description: t("producerPortal.listing.newIntro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
