import { parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { VIETQR_BANKS } from "~/components/payment/vietqr-banks"
import { CommunePicker } from "~/components/ui/commune-picker"
import { KeepPictures } from "~/components/producer/keep-pictures"
import { ListingPictureInput } from "~/components/producer/listing-picture-input"
import { Field, FormErrors } from "~/components/ui/field"
import { listCommunesOfProvince, listProvinces } from "~/lib/data/ocop-admin-units.server"
import {
  getProducerBankAccount,
  getProducerProfile,
  orInputError,
  ProducerInputError,
  setProducerBankAccount,
  updateProducerProfile,
  uploadProducerFiles,
} from "~/lib/data/producer-api.server"
import { fieldErrorsFromApi } from "~/lib/data/producer-field-errors.server"
import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from "~/lib/form"
import { isMessageKey, translator, useT } from "~/lib/i18n"
import { producerTypeLabel } from "~/lib/ocop-labels"
import { commitProducerHeaders, getProducerSession, requireProducerToken, withProducerToken } from "~/lib/producer-session.server"
import { seo } from "~/lib/seo"
import { getLocale } from "~/lib/session.server"
import { BankAccountForm } from "./bank-account-form"
import { ProducerBankAccountForm } from "./producer-bank-account-schema.server"
import { ProducerProfileForm } from "./producer-profile-schema.server"
import { PRODUCER_TYPES, ProducerProfileConstraint } from "./profile-constraints"

const BANK_SAVED = "producerPortal.bank.saved"
const API_FIELDS = {
  name: "name",
  type: "type",
  registration_number: "registration_number",
  phone: "phone",
  address: "address",
  province_code: "province",
  commune_code: "commune",
  story: "story",
  photos: "photos",
  files: "photos",
}

async function communesOf(province: string | null | undefined) {
  return province ? (await listCommunesOfProvince(province)).map(({ code, name }) => ({ code, name })) : []
}

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, { producer }, bankAccount, provinces, session] = await Promise.all([
    getLocale(request),
    withProducerToken(request, getProducerProfile),
    withProducerToken(request, getProducerBankAccount),
    listProvinces(),
    getProducerSession(request),
  ])
  const notice = session.get("notice") ?? null
  return json(
    { locale, producer, bankAccount, banks: VIETQR_BANKS, provinces, communes: await communesOf(producer.province_code), notice },
    { headers: await commitProducerHeaders(session) }
  )
}

export async function action({ request }: ActionFunctionArgs) {
  // Signed-out visitors are sent to sign in before anything they posted is looked at.
  await requireProducerToken(request)
  const formData = await request.formData()
  if (formData.get("intent") === "bank-account") return saveBankAccount(request, formData)
  const submission = parseWithZod(formData, { schema: ProducerProfileForm })
  // Without JavaScript, choosing a province is a round trip that brings its communes.
  if (formData.get("intent") === "province") {
    const province = String(formData.get("province") ?? "")
    return json({ result: submission.reply(), province, communes: /^\d{2}$/.test(province) ? await communesOf(province) : [] })
  }
  if (submission.status !== "success") {
    return json({ result: submission.reply(), province: null, communes: null }, { status: submission.status === "error" ? 400 : 200 })
  }
  const { photos, keepPhotos, province, commune, ...profile } = submission.value
  const saved = await withProducerToken(request, (token) =>
    orInputError(async () => {
      const added = photos?.length ? await uploadProducerFiles(token, photos) : []
      return await updateProducerProfile(token, {
        name: profile.name,
        type: profile.type ?? null,
        registration_number: profile.registration_number ?? null,
        phone: profile.phone ?? null,
        address: profile.address ?? null,
        story: profile.story ?? null,
        province_code: province ?? null,
        commune_code: commune ?? null,
        photos: [...(keepPhotos ?? []), ...added],
      })
    })
  )
  if (saved instanceof ProducerInputError) {
    return json({ result: submission.reply(fieldErrorsFromApi(saved.message, API_FIELDS)), province: null, communes: null }, { status: 400 })
  }
  const session = await getProducerSession(request)
  session.set("producerName", saved.producer.name)
  session.flash("notice", "producerPortal.profile.saved")
  return redirect("/producer/profile", { headers: await commitProducerHeaders(session) })
}

/** The payout account form: checked here, then by the API (its 400 names the field). */
async function saveBankAccount(request: Request, formData: FormData) {
  const submission = parseWithZod(formData, { schema: ProducerBankAccountForm })
  if (submission.status !== "success") {
    return json({ bankResult: submission.reply() }, { status: 400 })
  }
  const saved = await withProducerToken(request, (token) => orInputError(() => setProducerBankAccount(token, submission.value)))
  if (saved instanceof ProducerInputError) {
    const fields = { bank_bin: "bank_bin", account_number: "account_number", account_name: "account_name" }
    return json({ bankResult: submission.reply(fieldErrorsFromApi(saved.message, fields)) }, { status: 400 })
  }
  const session = await getProducerSession(request)
  session.flash("notice", BANK_SAVED)
  return redirect("/producer/profile#bank-account", { headers: await commitProducerHeaders(session) })
}

export default function ProducerProfileRoute() {
  const { producer, bankAccount, banks, provinces, communes, notice } = useLoaderData<typeof loader>()
  const data = useActionData<typeof action>()
  const actionData = data && "result" in data ? data : undefined
  const bankResult = data && "bankResult" in data ? data.bankResult : undefined
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm<keyof typeof ProducerProfileConstraint | "type" | "province" | "commune" | "keepPhotos" | "photos">({
    id: "producer-profile",
    lastResult: actionData?.result,
    constraint: ProducerProfileConstraint,
    defaultValue: {
      name: producer.name,
      type: producer.type ?? "",
      registration_number: producer.registration_number ?? "",
      phone: producer.phone ?? "",
      address: producer.address ?? "",
      province: producer.province_code ?? "",
      commune: producer.commune_code ?? "",
      story: producer.story ?? "",
      keepPhotos: producer.photos,
    },
  })
  const province = actionData?.province ?? producer.province_code ?? ""
  return (
    <section className="portal-form" aria-labelledby="profile-title">
      <h1 id="profile-title">{t("producerPortal.profile.title")}</h1>
      <p className="portal-muted">{t("producerPortal.profile.intro")}</p>
      {notice && notice !== BANK_SAVED && isMessageKey(notice) ? (
        <p className="alert alert--success" role="status">
          {t(notice)}
        </p>
      ) : null}
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field label={t("producerPortal.profile.name")} id={fields.name.id} errorId={fields.name.errorId} errors={fields.name.errors}>
          <input {...getInputProps(fields.name, { type: "text" })} autoComplete="organization" />
        </Field>
        <div className="field-row">
          <Field label={t("producerPortal.profile.type")} id={fields.type.id} errorId={fields.type.errorId} errors={fields.type.errors}>
            <select {...getSelectProps(fields.type)}>
              <option value="">{t("producerPortal.profile.chooseType")}</option>
              {PRODUCER_TYPES.map((type) => (
                <option key={type} value={type}>
                  {producerTypeLabel(type, t)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            label={t("producerPortal.profile.registration")}
            id={fields.registration_number.id}
            errorId={fields.registration_number.errorId}
            errors={fields.registration_number.errors}
          >
            <input {...getInputProps(fields.registration_number, { type: "text" })} />
          </Field>
        </div>
        <Field label={t("checkout.phone")} id={fields.phone.id} errorId={fields.phone.errorId} errors={fields.phone.errors}>
          <input {...getInputProps(fields.phone, { type: "tel" })} autoComplete="tel" inputMode="tel" />
        </Field>
        <CommunePicker
          key={province}
          province={fields.province}
          commune={fields.commune}
          provinces={provinces}
          communes={actionData?.communes ?? communes}
          initialProvince={province}
        />
        <Field label={t("producerPortal.profile.address")} id={fields.address.id} errorId={fields.address.errorId} errors={fields.address.errors}>
          <input {...getInputProps(fields.address, { type: "text" })} autoComplete="street-address" />
        </Field>
        <Field label={t("producerPortal.profile.story")} id={fields.story.id} errorId={fields.story.errorId} errors={fields.story.errors}>
          <textarea {...getTextareaProps(fields.story)} rows={6} />
        </Field>
        <KeepPictures name={fields.keepPhotos.name} urls={producer.photos} />
        <ListingPictureInput field={fields.photos} label={t("producerPortal.profile.addPhotos")} />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("common.save")}
        </button>
      </Form>
      {/* Remounted when the saved account changes, so the fields show what the API kept (the number without its spaces). */}
      <BankAccountForm
        key={bankAccount ? `${bankAccount.bank_bin}:${bankAccount.account_number}:${bankAccount.account_name}` : "none"}
        banks={banks}
        account={bankAccount}
        lastResult={bankResult}
        saved={notice === BANK_SAVED}
      />
    </section>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("producerPortal.profile.title")} · OCOP Market`, description: t("producerPortal.profile.intro"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
