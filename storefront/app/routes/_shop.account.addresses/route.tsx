import { parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { AccountNav } from "~/components/account-nav"
import { AddressFields } from "~/components/address-fields"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { FormErrors } from "~/components/ui/field"
import { StorefrontAddressConstraint } from "~/lib/address-constraints"
import { StorefrontAddress } from "~/lib/address-schema.server"
import { getFormProps, useForm } from "~/lib/form"
import { toMedusaAddress } from "~/lib/address.server"
import { createAddress, deleteAddress, getCustomer } from "~/lib/data/customers.server"
import { listCommunesOfProvince, listProvinces } from "~/lib/data/ocop-admin-units.server"
import { formatAddressLine, fullName } from "~/lib/format"
import { loadMessages, isMessageKey, translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { commitHeaders, getLocale, getSession, requireCustomerToken } from "~/lib/session.server"
import { shopCustomerMessageLoaders } from "~/lib/messages/shop-customer/lazy"
import { shopAccountMessageLoaders } from "~/lib/messages/shop-account/lazy"
import { formsMessageLoaders } from "~/lib/messages/forms/lazy"

await loadMessages(shopCustomerMessageLoaders, shopAccountMessageLoaders, formsMessageLoaders)

export async function loader({ request }: LoaderFunctionArgs) {
  const token = await requireCustomerToken(request)
  const [customer, provinces, locale, session] = await Promise.all([
    getCustomer(token),
    listProvinces(),
    getLocale(request),
    getSession(request),
  ])
  if (!customer) return redirect("/account/login?redirectTo=/account/addresses")
  // Without JavaScript the province is chosen first (?province=) and the communes follow.
  const province = new URL(request.url).searchParams.get("province") ?? ""
  const communes = /^\d{2}$/.test(province)
    ? (await listCommunesOfProvince(province)).map(({ code, name }) => ({ code, name }))
    : []
  const notice = session.get("notice")
  return json(
    {
      locale,
      provinces,
      communes,
      province: communes.length ? province : "",
      notice: notice ?? null,
      addresses: (customer.addresses ?? []).map((a) => ({
        id: a.id,
        name: fullName(a),
        phone: a.phone,
        line: formatAddressLine(a),
      })),
    },
    notice ? { headers: await commitHeaders(session) } : undefined
  )
}

export async function action({ request }: ActionFunctionArgs) {
  const token = await requireCustomerToken(request)
  const formData = await request.formData()
  const intent = formData.get("intent")
  if (intent === "delete") {
    await deleteAddress(token, String(formData.get("addressId") ?? ""))
    return redirect("/account/addresses")
  }
  if (intent === "province") {
    return redirect(`/account/addresses?province=${encodeURIComponent(String(formData.get("province") ?? ""))}`)
  }
  const submission = parseWithZod(formData, { schema: StorefrontAddress })
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 })
  const built = await toMedusaAddress(submission.value)
  if ("errors" in built) return json({ result: submission.reply({ fieldErrors: built.errors }) }, { status: 400 })
  await createAddress(token, built.address)
  const session = await getSession(request)
  session.flash("notice", "account.addressSaved")
  return redirect("/account/addresses", { headers: await commitHeaders(session) })
}

export default function AddressesRoute() {
  const { addresses, provinces, communes, province, notice } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm({
    id: "address",
    lastResult: actionData?.result,
    constraint: StorefrontAddressConstraint,
    defaultValue: { province },
  })
  return (
    <div className="container">
      <header className="page-head">
        <h1>{t("account.addresses")}</h1>
      </header>
      <AccountNav />
      {notice && isMessageKey(notice) ? (
        <p className="alert alert--success" role="status">
          {t(notice)}
        </p>
      ) : null}
      <div className="two-col">
        <section aria-labelledby="address-list">
          <h2 id="address-list" className="visually-hidden">
            {t("account.addresses")}
          </h2>
          {addresses.length ? (
            <ul className="address-list">
              {addresses.map((a) => (
                <li key={a.id} className="address-card">
                  <p>
                    <strong>{a.name}</strong>
                  </p>
                  {a.phone ? <p>{a.phone}</p> : null}
                  <p>{a.line}</p>
                  <Form method="post">
                    <input type="hidden" name="addressId" value={a.id} />
                    <button type="submit" name="intent" value="delete" className="button button--link" aria-label={t("account.deleteAddress", { address: a.line })}>
                      {t("common.delete")}
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">{t("account.noAddresses")}</p>
          )}
        </section>
        <section className="summary" aria-labelledby="add-address">
          <h2 id="add-address">{t("account.addAddress")}</h2>
          <Form method="post" {...getFormProps(form)}>
            <FormErrors id={form.errorId} errors={form.errors} />
            <AddressFields key={province} fields={fields} provinces={provinces} communes={communes} initialProvince={province} />
            <button type="submit" className="button" disabled={navigation.state === "submitting"}>
              {t("common.save")}
            </button>
          </Form>
        </section>
      </div>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("account.addresses")} · OCOP Market`, description: t("site.description"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return (
    <div className="container">
      <GeneralErrorBoundary />
    </div>
  )
}
