import { parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { CertificateHistory } from "~/components/producer/certificate-history"
import { ListingEdit } from "~/components/producer/listing-schema.server"
import { KeepPictures } from "~/components/producer/keep-pictures"
import { orderKeptPictures } from "~/components/producer/picture-order"
import { ListingPictureInput } from "~/components/producer/listing-picture-input"
import { ReviewBadge } from "~/components/producer/review-badge"
import { Field, FormErrors } from "~/components/ui/field"
import { getProducerListing, orInputError, ProducerInputError, updateProducerListing, uploadProducerFiles } from "~/lib/data/producer-api.server"
import { fieldErrorsFromApi } from "~/lib/data/producer-field-errors.server"
import { getFormProps, getInputProps, getTextareaProps, useForm, type Constraint } from "~/lib/form"
import { isMessageKey, translator, useT } from "~/lib/i18n"
import { invariantResponse } from "~/lib/invariant"
import { commitProducerHeaders, getProducerSession, requireProducerToken, withProducerToken } from "~/lib/producer-session.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"

const API_FIELDS = { title: "title", description: "description", weight: "weight", images: "pictures", files: "pictures", prices: "prices" }

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [locale, listing, session] = await Promise.all([
    getLocale(request),
    withProducerToken(request, (token) => getProducerListing(token, params.id ?? "")),
    getProducerSession(request),
  ])
  invariantResponse(listing, "Not found", { status: 404 })
  const notice = session.get("notice") ?? null
  return json({ locale, listing, notice }, { headers: await commitProducerHeaders(session) })
}

export async function action({ request, params }: ActionFunctionArgs) {
  // Signed-out visitors are sent to sign in before anything they posted is looked at.
  await requireProducerToken(request)
  const id = params.id ?? ""
  const submission = parseWithZod(await request.formData(), { schema: ListingEdit })
  if (submission.status !== "success") {
    return json({ result: submission.reply() }, { status: submission.status === "error" ? 400 : 200 })
  }
  const { pictures, keepImages, pictureUrls, pictureOrder, prices, description, ...rest } = submission.value
  const kept = orderKeptPictures(keepImages ?? [], pictureUrls, pictureOrder)
  const saved = await withProducerToken(request, (token) =>
    orInputError(async () => {
      const added = pictures?.length ? await uploadProducerFiles(token, pictures) : []
      return await updateProducerListing(token, id, { ...rest, description: description ?? null, prices, images: [...kept, ...added] })
    })
  )
  if (saved instanceof ProducerInputError) {
    return json({ result: submission.reply(fieldErrorsFromApi(saved.message, API_FIELDS)) }, { status: 400 })
  }
  const session = await getProducerSession(request)
  session.flash("notice", "producerPortal.listing.saved")
  return redirect(`/producer/listings/${id}`, { headers: await commitProducerHeaders(session) })
}

/**
 * The browser's half of ListingEdit: native constraints with the schema's message keys
 * (each pack's price is `prices[n].price_vnd`). The same as the new listing's
 * (listing-constraints.ts), written out here: a module both pages import is a chunk of
 * its own, and this page measured 100.2 KB with it, 100.0 without.
 */
const listingEditConstraint: Record<"title" | "description" | "weight" | "prices.price_vnd", Constraint> = {
  title: { required: true, minLength: 3, maxLength: 200, message: "producerPortal.errors.title" },
  description: { maxLength: 5000, message: "errors.tooLong" },
  weight: { min: 1, max: 100_000, message: "producerPortal.errors.weight" },
  "prices.price_vnd": { required: true, message: "producerPortal.errors.price" },
}

export default function EditListingRoute() {
  const { listing, notice } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm<string>({
    id: `listing-${listing.id}`,
    lastResult: actionData?.result,
    constraint: listingEditConstraint,
    defaultValue: {
      title: listing.title,
      description: listing.description ?? "",
      weight: listing.weight ?? "",
      keepImages: listing.images,
      prices: listing.variants.map((v) => ({ variant_id: v.id, price_vnd: v.price_vnd != null ? String(v.price_vnd) : "" })),
    },
  })
  const noteId = "edit-listing-note"
  return (
    <section className="portal-form" aria-labelledby="edit-listing-title">
      <p>
        <Link to="/producer/listings">← {t("producerPortal.listings.title")}</Link>
      </p>
      <h1 id="edit-listing-title">{listing.title}</h1>
      <p>
        <ReviewBadge status={listing.review.status} reason={listing.review.status === "rejected" ? listing.review.reason : null} />{" "}
        {listing.status === "published" ? (
          <Link to={`/products/${listing.handle}`}>{t("producerPortal.listings.viewInStore")}</Link>
        ) : (
          <span className="portal-muted">{t("producerPortal.listings.draft")}</span>
        )}
      </p>
      {notice && isMessageKey(notice) ? (
        <p className="alert alert--success" role="status">
          {t(notice)}
        </p>
      ) : null}
      <h2>{t("producerPortal.listing.editTitle")}</h2>
      <p className="alert alert--info" id={noteId}>
        {t("producerPortal.listing.editNote")}
      </p>
      {/* A new form once the saved pictures change: a file input keeps its files across a
          re-render, and saving again would upload them a second time. */}
      <Form key={listing.images.join(" ")} method="post" encType="multipart/form-data" {...getFormProps(form)} aria-describedby={noteId}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field label={t("producerPortal.listing.title")} id={fields.title.id} errorId={fields.title.errorId} errors={fields.title.errors}>
          <input {...getInputProps(fields.title, { type: "text" })} />
        </Field>
        <Field label={t("producerPortal.listing.description")} id={fields.description.id} errorId={fields.description.errorId} errors={fields.description.errors}>
          <textarea {...getTextareaProps(fields.description)} rows={5} />
        </Field>
        <Field label={t("producerPortal.listing.weight")} id={fields.weight.id} errorId={fields.weight.errorId} errors={fields.weight.errors}>
          <input {...getInputProps(fields.weight, { type: "number" })} inputMode="numeric" min={1} step={1} />
        </Field>
        <KeepPictures name={fields.keepImages.name} orderName={fields.pictureOrder.name} urlsName={fields.pictureUrls.name} urls={listing.images} />
        <ListingPictureInput field={fields.pictures} />
        <fieldset>
          <legend>{t("producerPortal.listing.packs")}</legend>
          <FormErrors id={fields.prices.errorId} errors={fields.prices.errors} />
          {listing.variants.map((variant, index) => {
            const price = fields[`prices[${index}].price_vnd`]
            return (
              <div key={variant.id}>
                <input {...getInputProps(fields[`prices[${index}].variant_id`], { type: "hidden" })} />
                <Field label={`${t("producerPortal.listing.packPrice")}: ${variant.title}`} id={price.id} errorId={price.errorId} errors={price.errors}>
                  <input {...getInputProps(price, { type: "text" })} inputMode="numeric" />
                </Field>
              </div>
            )
          })}
        </fieldset>
        <div className="portal-actions">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t("producerPortal.listing.save")}
          </button>
          <Link to={`/producer/listings/${listing.id}/certificate`} className="button button--ghost">
            {t("producerPortal.listings.certifyShort")}
          </Link>
        </div>
      </Form>
      <section className="portal-section" aria-labelledby="certificates">
        <h2 id="certificates">{t("producerPortal.listing.certificates")}</h2>
        <CertificateHistory certifications={listing.certifications} />
      </section>
    </section>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({
    title: `${data?.listing.title ?? t("producerPortal.listing.editTitle")} · OCOP Market`,
    description: t("producerPortal.listing.editNote"),
    noindex: true,
    locale: data?.locale,
  })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
