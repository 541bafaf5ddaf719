import { parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { CertificateSubmitConstraint } from "~/components/producer/certificate-constraints"
import { CertificateSubmit } from "~/components/producer/listing-schema.server"
import { Field, FormErrors } from "~/components/ui/field"
import { getProducerListing, orInputError, ProducerInputError, submitProducerCertification, uploadProducerFiles } from "~/lib/data/producer-api.server"
import { listProvinces } from "~/lib/data/ocop-admin-units.server"
import { fieldErrorsFromApi } from "~/lib/data/producer-field-errors.server"
import { getFormProps, getInputProps, getSelectProps, useForm } from "~/lib/form"
import { isMessageKey, translator, useLocale, useT } from "~/lib/i18n"
import { invariantResponse } from "~/lib/invariant"
import { categorySetCodes, categorySetName } from "~/lib/ocop"
import { issuingLevelLabel } from "~/lib/ocop-labels"
import { commitProducerHeaders, getProducerSession, requireProducerToken, withProducerToken } from "~/lib/producer-session.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"

// The API's field names and the form field that shows each one's error.
const API_FIELDS = {
  decision_number: "decision_number",
  decision_date: "decision_date",
  stars: "stars",
  score: "score",
  issuing_level: "issuing_level",
  issuing_body: "issuing_body",
  valid_from: "valid_from",
  valid_until: "valid_until",
  certificate_number: "certificate_number",
  category_set: "category_set",
  origin_province_code: "origin_province_code",
  certificate_scan_url: "scan",
  files: "scan",
}
const EXPLANATIONS = {
  score: [/band|score/i, "producerPortal.apiError.score"],
  stars: [/band|score/i, "producerPortal.apiError.stars"],
  issuing_level: [/cannot certify/i, "producerPortal.apiError.issuing_level"],
  decision_date: [/future/i, "producerPortal.apiError.decision_date"],
  valid_from: [/before/i, "producerPortal.apiError.valid_from"],
  valid_until: [/36 months|after/i, "producerPortal.apiError.valid_until"],
  scan: "producerPortal.apiError.scan",
} as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [locale, listing, provinces, session] = await Promise.all([
    getLocale(request),
    withProducerToken(request, (token) => getProducerListing(token, params.id ?? "")),
    listProvinces(),
    getProducerSession(request),
  ])
  invariantResponse(listing, "Not found", { status: 404 })
  const notice = session.get("notice") ?? null
  return json(
    {
      locale,
      listing: { id: listing.id, title: listing.title, category_set: listing.category_set, certified: Boolean(listing.current_certification) },
      provinces,
      notice,
    },
    { headers: await commitProducerHeaders(session) }
  )
}

export async function action({ request, params }: ActionFunctionArgs) {
  // Signed-out visitors are sent to sign in before anything they posted is looked at.
  await requireProducerToken(request)
  const id = params.id ?? ""
  const submission = parseWithZod(await request.formData(), { schema: CertificateSubmit })
  if (submission.status !== "success") {
    return json({ result: submission.reply() }, { status: submission.status === "error" ? 400 : 200 })
  }
  const { scan, ...certificate } = submission.value
  const outcome = await withProducerToken(request, (token) =>
    orInputError(async () => {
      const [certificate_scan_url] = await uploadProducerFiles(token, [scan])
      return await submitProducerCertification(token, id, { ...certificate, certificate_scan_url })
    })
  )
  if (outcome instanceof ProducerInputError) {
    return json({ result: submission.reply(fieldErrorsFromApi(outcome.message, API_FIELDS, EXPLANATIONS)) }, { status: 400 })
  }
  const session = await getProducerSession(request)
  session.flash("notice", "producerPortal.cert.submitted")
  return redirect("/producer/listings", { headers: await commitProducerHeaders(session) })
}

export default function CertificateRoute() {
  const { listing, provinces, notice } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const locale = useLocale()
  const [form, fields] = useForm({
    id: `certificate-${listing.id}`,
    lastResult: actionData?.result,
    constraint: CertificateSubmitConstraint,
    defaultValue: { category_set: listing.category_set ?? "" },
  })
  const hint = (name: string) => `${form.id}-${name}-hint`
  return (
    <section className="portal-form" aria-labelledby="certificate-title">
      <p>
        <Link to={`/producer/listings/${listing.id}`}>← {listing.title}</Link>
      </p>
      {notice && isMessageKey(notice) ? (
        <p className="alert alert--success" role="status">
          {t(notice)}
        </p>
      ) : null}
      <h1 id="certificate-title">{t("producerPortal.cert.title")}</h1>
      <p className="portal-lead">{t("producerPortal.cert.for", { title: listing.title })}</p>
      <p className="portal-muted">{t("producerPortal.cert.intro")}</p>
      {listing.certified ? <p className="alert alert--info">{t("producerPortal.cert.againNote")}</p> : null}
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <fieldset>
          <legend>{t("producerPortal.cert.decision")}</legend>
          <div className="field-row">
            <Field label={t("producerPortal.cert.decisionNumber")} id={fields.decision_number.id} errorId={fields.decision_number.errorId} errors={fields.decision_number.errors}>
              <input {...getInputProps(fields.decision_number, { type: "text" })} />
            </Field>
            <Field label={t("producerPortal.cert.decisionDate")} id={fields.decision_date.id} errorId={fields.decision_date.errorId} errors={fields.decision_date.errors}>
              <input {...getInputProps(fields.decision_date, { type: "date" })} />
            </Field>
          </div>
          <div className="field-row">
            <Field
              label={t("producerPortal.cert.level")}
              id={fields.issuing_level.id}
              errorId={fields.issuing_level.errorId}
              errors={fields.issuing_level.errors}
              hint={t("producerPortal.cert.levelHint")}
              hintId={hint("level")}
            >
              <select {...getSelectProps(fields.issuing_level, { ariaDescribedBy: hint("level") })}>
                <option value="">{t("producerPortal.cert.chooseLevel")}</option>
                {(["province", "central", "district"] as const).map((level) => (
                  <option key={level} value={level}>
                    {issuingLevelLabel(level, t)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t("producerPortal.cert.issuingBody")} id={fields.issuing_body.id} errorId={fields.issuing_body.errorId} errors={fields.issuing_body.errors}>
              <input {...getInputProps(fields.issuing_body, { type: "text" })} />
            </Field>
          </div>
          <Field label={t("producerPortal.cert.certificateNumber")} id={fields.certificate_number.id} errorId={fields.certificate_number.errorId} errors={fields.certificate_number.errors}>
            <input {...getInputProps(fields.certificate_number, { type: "text" })} />
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t("producerPortal.cert.result")}</legend>
          <div className="field-row">
            <Field label={t("producerPortal.cert.stars")} id={fields.stars.id} errorId={fields.stars.errorId} errors={fields.stars.errors}>
              <select {...getSelectProps(fields.stars)}>
                <option value="">{t("producerPortal.cert.chooseStars")}</option>
                {[5, 4, 3, 2, 1].map((stars) => (
                  <option key={stars} value={stars}>
                    {t("producerPortal.cert.starsOption", { stars })}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              label={t("producerPortal.cert.score")}
              id={fields.score.id}
              errorId={fields.score.errorId}
              errors={fields.score.errors}
              hint={t("producerPortal.cert.scoreHint")}
              hintId={hint("score")}
            >
              <input {...getInputProps(fields.score, { type: "number", ariaDescribedBy: hint("score") })} step="any" inputMode="decimal" />
            </Field>
          </div>
          <div className="field-row">
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
            <Field
              label={t("producerPortal.cert.province")}
              id={fields.origin_province_code.id}
              errorId={fields.origin_province_code.errorId}
              errors={fields.origin_province_code.errors}
            >
              <select {...getSelectProps(fields.origin_province_code)}>
                <option value="">{t("checkout.chooseProvince")}</option>
                {provinces.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t("producerPortal.cert.validity")}</legend>
          <p className="field-hint" id={hint("validity")}>
            {t("producerPortal.cert.validityHint")}
          </p>
          <div className="field-row">
            <Field label={t("producerPortal.cert.validFrom")} id={fields.valid_from.id} errorId={fields.valid_from.errorId} errors={fields.valid_from.errors}>
              <input {...getInputProps(fields.valid_from, { type: "date", ariaDescribedBy: hint("validity") })} />
            </Field>
            <Field label={t("producerPortal.cert.validUntil")} id={fields.valid_until.id} errorId={fields.valid_until.errorId} errors={fields.valid_until.errors}>
              <input {...getInputProps(fields.valid_until, { type: "date", ariaDescribedBy: hint("validity") })} />
            </Field>
          </div>
        </fieldset>
        <Field
          label={t("producerPortal.cert.scan")}
          id={fields.scan.id}
          errorId={fields.scan.errorId}
          errors={fields.scan.errors}
          hint={t("producerPortal.cert.scanHint")}
          hintId={hint("scan")}
        >
          <input {...getInputProps(fields.scan, { type: "file", ariaDescribedBy: hint("scan") })} accept="image/jpeg,image/png,image/webp,application/pdf" />
        </Field>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("producerPortal.cert.submit")}
        </button>
      </Form>
    </section>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("producerPortal.cert.title")} · OCOP Market`, description: t("producerPortal.cert.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
