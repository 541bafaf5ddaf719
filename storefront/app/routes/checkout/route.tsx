import { getFormProps, getInputProps, useForm } from "@conform-to/react"
import { getZodConstraint, parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { useState } from "react"
import type { z } from "zod"
import { AddressFields } from "~/components/address-fields"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { ErrorList, Field, FormErrors } from "~/components/ui/field"
import { StorefrontCheckout } from "~/lib/address-schema"
import { toMedusaAddress } from "~/lib/address.server"
import { getSessionCart } from "~/lib/cart.server"
import {
  addShippingMethod,
  completeCart,
  initiatePaymentSession,
  listShippingOptions,
  updateCart,
} from "~/lib/data/carts.server"
import { createAddress, getCustomer } from "~/lib/data/customers.server"
import { listCommunesOfProvince, listProvinces } from "~/lib/data/ocop-admin-units.server"
import { formatVnd, fullName } from "~/lib/format"
import { translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { commitHeaders, getLocale, getSession, rememberOrder } from "~/lib/session.server"

/** Medusa's built-in system provider: the order is paid in cash to the courier. */
const CASH_ON_DELIVERY = "pp_system_default"

type Meta = { province_code?: string; commune_code?: string } | null | undefined

export async function loader({ request }: LoaderFunctionArgs) {
  const [session, locale] = await Promise.all([getSession(request), getLocale(request)])
  const cart = await getSessionCart(session)
  if (!cart?.items?.length) return redirect("/cart", { headers: await commitHeaders(session) })
  const token = session.get("customerToken")
  const [customer, provinces, shippingOptions] = await Promise.all([
    token ? getCustomer(token) : null,
    listProvinces(),
    listShippingOptions(cart.id, token),
  ])

  // A saved address picked by link (?address=) wins over what the cart holds.
  const picked = customer?.addresses?.find((a) => a.id === new URL(request.url).searchParams.get("address"))
  // Medusa gives a new cart an address holding only the country: that one says nothing.
  const cartAddress = cart.shipping_address
  const cartHasAddress = Boolean(cartAddress?.first_name || cartAddress?.address_1 || (cartAddress?.metadata as Meta)?.province_code)
  const source =
    picked ?? (cartHasAddress ? cartAddress : null) ?? customer?.addresses?.find((a) => a.is_default_shipping) ?? customer?.addresses?.[0] ?? null
  const meta = source?.metadata as Meta
  const province = meta?.province_code ?? ""
  const communes = province ? (await listCommunesOfProvince(province)).map(({ code, name }) => ({ code, name })) : []

  return json({
    locale,
    cart,
    provinces,
    communes,
    shippingOptions: shippingOptions.map((o) => ({ id: o.id, name: o.name, amount: o.amount ?? 0 })),
    customer: customer
      ? {
          email: customer.email,
          addresses: (customer.addresses ?? []).map((a) => ({ id: a.id, name: fullName(a), line: [a.address_1, a.city, a.province].filter(Boolean).join(", ") })),
        }
      : null,
    defaults: {
      email: cart.email ?? customer?.email ?? "",
      fullName: (source && fullName(source)) || (customer && fullName(customer)) || "",
      phone: source?.phone || customer?.phone || "",
      province,
      commune: meta?.commune_code ?? "",
      street: source?.address_1 ?? "",
      shippingOptionId: cart.shipping_methods?.[0]?.shipping_option_id ?? shippingOptions[0]?.id ?? "",
    },
  })
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData()
  const session = await getSession(request)
  const cart = await getSessionCart(session)
  if (!cart?.items?.length) return redirect("/cart", { headers: await commitHeaders(session) })
  const token = session.get("customerToken")

  // Without JavaScript, choosing a province is a round trip: keep what was typed and come back.
  if (formData.get("intent") === "province") {
    await keepPartialAddress(cart.id, formData, token)
    return redirect("/checkout")
  }

  const submission = parseWithZod(formData, { schema: StorefrontCheckout })
  if (submission.status !== "success") {
    return json({ result: submission.reply() }, { status: 400 })
  }
  const input = submission.value
  const [built, options] = await Promise.all([toMedusaAddress(input), listShippingOptions(cart.id, token)])
  if ("errors" in built) {
    return json({ result: submission.reply({ fieldErrors: built.errors }) }, { status: 400 })
  }
  if (!options.some((o) => o.id === input.shippingOptionId)) {
    return json({ result: submission.reply({ fieldErrors: { shippingOptionId: ["errors.shipping"] } }) }, { status: 400 })
  }

  await updateCart(cart.id, { email: input.email, shipping_address: built.address, billing_address: built.address }, token)
  const withShipping = await addShippingMethod(cart.id, input.shippingOptionId, token)
  await initiatePaymentSession(withShipping, CASH_ON_DELIVERY, token)
  const completed = await completeCart(cart.id, token)
  if (completed.type !== "order") {
    return json({ result: submission.reply({ formErrors: [completed.error?.message ?? "errors.generic"] }) }, { status: 400 })
  }

  if (token && input.saveAddress) {
    // The order stands even if the address book refuses the copy.
    await createAddress(token, built.address).catch(() => null)
  }
  rememberOrder(session, completed.order.id)
  session.unset("cartId")
  session.set("cartCount", 0)
  return redirect(`/orders/${completed.order.id}/confirmed`, { headers: await commitHeaders(session) })
}

async function keepPartialAddress(cartId: string, formData: FormData, token?: string) {
  const text = (name: string) => String(formData.get(name) ?? "").trim().slice(0, 200)
  const provinceCode = text("province")
  const province = (await listProvinces()).find((p) => p.code === provinceCode)
  const email = text("email")
  await updateCart(
    cartId,
    {
      ...(/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? { email } : {}),
      shipping_address: {
        first_name: text("fullName"),
        last_name: "",
        phone: text("phone"),
        address_1: text("street"),
        province: province?.name ?? "",
        country_code: "vn",
        metadata: province ? { province_code: province.code } : {},
      },
    },
    token
  )
}

export default function CheckoutRoute() {
  const { cart, provinces, communes, shippingOptions, customer, defaults } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const [form, fields] = useForm<z.input<typeof StorefrontCheckout>>({
    id: "checkout",
    lastResult: actionData?.result,
    constraint: getZodConstraint(StorefrontCheckout),
    defaultValue: defaults,
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: StorefrontCheckout }),
  })
  const [optionId, setOptionId] = useState(defaults.shippingOptionId)
  const shipping = shippingOptions.find((o) => o.id === optionId)?.amount ?? 0
  const itemTotal = cart.item_total ?? 0
  const placing = navigation.state === "submitting" && navigation.formAction === "/checkout"
  const hasErrors = Boolean(form.errors?.length) || Object.values(form.allErrors).some((e) => e?.length)

  return (
    <div className="container">
      <header className="page-head">
        <h1>{t("checkout.title")}</h1>
        <p>{customer ? t("checkout.signedInAs", { email: customer.email }) : t("checkout.guest")}{" "}
          {customer ? null : <Link to="/account/login?redirectTo=/checkout">{t("checkout.signInInstead")}</Link>}
        </p>
      </header>

      <div className="two-col">
        <Form method="post" {...getFormProps(form)} aria-describedby={hasErrors ? "checkout-errors" : undefined}>
          {hasErrors ? (
            <div className="alert alert--error" role="alert" id="checkout-errors">
              <p style={{ margin: 0 }}>{t("common.formErrors")}</p>
            </div>
          ) : null}
          <FormErrors id={form.errorId} errors={form.errors} />

          <fieldset>
            <legend>{t("checkout.contact")}</legend>
            <Field label={t("checkout.email")} id={fields.email.id} errorId={fields.email.errorId} errors={fields.email.errors}>
              <input {...getInputProps(fields.email, { type: "email" })} autoComplete="email" />
            </Field>
          </fieldset>

          <fieldset>
            <legend>{t("checkout.address")}</legend>
            {customer?.addresses.length ? (
              <div className="field">
                <p className="field-hint">{t("checkout.savedAddresses")}</p>
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {customer.addresses.map((a) => (
                    <li key={a.id}>
                      {a.name} · {a.line} — <Link to={`/checkout?address=${a.id}`}>{t("checkout.useAddress")}</Link>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <AddressFields
              key={`${defaults.province}-${defaults.commune}`}
              fields={fields}
              provinces={provinces}
              communes={communes}
              initialProvince={defaults.province}
            />
            {customer ? (
              <label className="choice">
                <input {...getInputProps(fields.saveAddress, { type: "checkbox" })} />
                <span>{t("checkout.saveAddress")}</span>
              </label>
            ) : null}
          </fieldset>

          <fieldset aria-describedby={fields.shippingOptionId.errors ? fields.shippingOptionId.errorId : undefined}>
            <legend>{t("checkout.shipping")}</legend>
            {shippingOptions.length ? (
              shippingOptions.map((o) => (
                <label className="choice" key={o.id}>
                  <input
                    {...getInputProps(fields.shippingOptionId, { type: "radio", value: o.id })}
                    onChange={() => setOptionId(o.id)}
                  />
                  <span className="choice__text">
                    <span>{o.name}</span>
                    <span className="choice__meta">{formatVnd(o.amount)}</span>
                  </span>
                </label>
              ))
            ) : (
              <p>{t("checkout.noShipping")}</p>
            )}
            <ErrorList id={fields.shippingOptionId.errorId} errors={fields.shippingOptionId.errors} />
          </fieldset>

          <fieldset>
            <legend>{t("checkout.payment")}</legend>
            <label className="choice">
              <input {...getInputProps(fields.payment, { type: "radio", value: CASH_ON_DELIVERY })} defaultChecked />
              <span className="choice__text">
                <span>{t("checkout.cod")}</span>
                <span className="choice__meta">{t("checkout.codHint")}</span>
              </span>
            </label>
            <ErrorList id={fields.payment.errorId} errors={fields.payment.errors} />
          </fieldset>

          <button type="submit" className="button" disabled={placing} style={{ width: "100%" }}>
            {placing ? t("checkout.placing") : `${t("checkout.placeOrder")} · ${formatVnd(itemTotal + shipping)}`}
          </button>
        </Form>

        <aside className="summary" aria-labelledby="order-summary">
          <h2 id="order-summary">{t("checkout.summary")}</h2>
          <ul>
            {(cart.items ?? []).map((item) => (
              <li key={item.id}>
                <span>
                  {item.product_title ?? item.title} · {item.variant_title} × {item.quantity}
                </span>
                <span>{formatVnd(item.total ?? item.unit_price * item.quantity)}</span>
              </li>
            ))}
          </ul>
          <dl className="totals">
            <dt>{t("cart.subtotal")}</dt>
            <dd>{formatVnd(itemTotal)}</dd>
            <dt>{t("cart.shipping")}</dt>
            <dd>{formatVnd(shipping)}</dd>
            <dt className="grand">{t("cart.grandTotal")}</dt>
            <dd className="grand">{formatVnd(itemTotal + shipping)}</dd>
          </dl>
        </aside>
      </div>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("checkout.title")} · OCOP Market`, description: t("site.description"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return (
    <div className="container">
      <GeneralErrorBoundary />
    </div>
  )
}
