import { parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { FetchError } from "@medusajs/js-sdk"
import { Fragment, useEffect, useState } from "react"
import { AddressFields } from "~/components/address-fields"
import { CardPaymentLoader, preloadCardPayment } from "~/components/payment/card-payment-loader"
import { CASH_ON_DELIVERY, isWallet, PAYMENT_KINDS, paymentKind } from "~/components/payment/payment-methods"
import { PaymentOptions, type PaymentMethodOption } from "~/components/payment/payment-options"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { Field, FormErrors } from "~/components/ui/field"
import { storefrontCheckout, type CheckoutNeeds, type StorefrontCheckoutType as StorefrontCheckoutInput } from "~/lib/address-schema.server"
import { getFormProps, getInputProps, useForm } from "~/lib/form"
import { toMedusaAddress, type MedusaAddress } from "~/lib/address.server"
import { getSessionCart } from "~/lib/cart.server"
import {
  addShippingMethod,
  completeCart,
  retrieveCart,
  initiatePaymentSession,
  listPaymentProviders,
  listShippingOptions,
  updateCart,
  type Cart,
} from "~/lib/data/carts.server"
import { listCartShipments } from "~/lib/data/cart-shipments.server"
import { createAddress, getCustomer } from "~/lib/data/customers.server"
import { getOrderPayment } from "~/lib/data/order-payments.server"
import { listCommunesOfProvince, listProvinces } from "~/lib/data/ocop-admin-units.server"
import { experienceLine } from "~/lib/experience-line"
import { formatDate, formatVnd, fullName, splitFullName } from "~/lib/format"
import { loadMessages, translator, useLocale, useT, type Locale } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { commitHeaders, getLocale, getSession, rememberOrder } from "~/lib/session.server"
import { storefrontCheckoutConstraint } from "./checkout-constraint"
import { CompanyInvoiceFields, LeadVisitorFields, ShippingChoices } from "./checkout-fields"
import { requestCompanyInvoice, withdrawCompanyInvoice } from "~/lib/data/invoice-requests.server"
import { shipmentChoices, type ShipmentChoices, type ShippingChoice } from "./shipping-choices.server"
import { companyInvoiceRefusal, refusedOrder, refusalText, stockRefusalText } from "./refusals.server"
import { shopCheckoutMessageLoaders } from "~/lib/messages/shop-checkout/lazy"
import { shopCustomerMessageLoaders } from "~/lib/messages/shop-customer/lazy"
import { formsMessageLoaders } from "~/lib/messages/forms/lazy"

// This page's texts are not in the shop dictionary every page downloads (messages/shop-checkout).
await loadMessages(shopCheckoutMessageLoaders, shopCustomerMessageLoaders, formsMessageLoaders)

/** The region's providers the shop knows how to present, in the order it offers them. */
/** The cart's shipments (one per producer whose goods ship) with the options of each. */
async function cartShipments(cart: Cart, token: string | null | undefined, locale: Locale): Promise<ShipmentChoices[]> {
  const [options, shipments] = await Promise.all([listShippingOptions(cart.id, token), listCartShipments(cart.id, token)])
  return shipmentChoices(cart, shipments, options, locale)
}

async function paymentMethods(regionId: string, token?: string | null): Promise<PaymentMethodOption[]> {
  const providers = await listPaymentProviders(regionId, token)
  const order = Object.keys(PAYMENT_KINDS)
  return (
    providers
      .map((p) => ({ id: p.id, kind: paymentKind(p.id) }))
      // Cards need Stripe.js in the browser, which needs the publishable key.
      .filter((m): m is PaymentMethodOption => m.kind !== null && (m.kind !== "card" || Boolean(process.env.STRIPE_PUBLISHABLE_KEY)))
      .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
  )
}

type Meta = { province_code?: string; commune_code?: string } | null | undefined
type LeadVisitor = { name?: string; phone?: string } | undefined

/** Whether anything ships (experiences do not) and whether an experience is booked. */
function cartNeeds(cart: Cart): Omit<CheckoutNeeds, "pickup" | "shipments"> {
  const items = cart.items ?? []
  return {
    ships: items.some((i) => i.requires_shipping !== false),
    experience: items.some((i) => experienceLine(i)),
  }
}

export async function loader({ request }: LoaderFunctionArgs) {
  const [session, locale] = await Promise.all([getSession(request), getLocale(request)])
  // Back from Stripe (3-D Secure or a card confirmed in place): place the order now.
  // Stripe's webhook may have placed it first; completing a completed cart returns its order.
  const cardReturn = new URL(request.url).searchParams.has("payment_intent")
  const returningCartId = session.get("cartId")
  if (cardReturn && returningCartId) {
    const completed = await completeCart(returningCartId, session.get("customerToken")).catch(() => null)
    if (completed?.type === "order") return orderPlaced(session, completed.order.id)
  }
  const cart = await getSessionCart(session)
  if (!cart?.items?.length) return redirect("/cart", { headers: await commitHeaders(session) })
  const token = session.get("customerToken")
  const needs = cartNeeds(cart)
  const [customer, provinces, shipments, payments] = await Promise.all([
    token ? getCustomer(token) : null,
    listProvinces(),
    needs.ships ? cartShipments(cart, token, locale) : ([] as ShipmentChoices[]),
    paymentMethods(cart.region_id ?? "", token),
  ])
  const lead = (cart.metadata?.ocop_lead_visitor ?? undefined) as LeadVisitor

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
    needs,
    // Which saved address the form shows: the form starts over from the defaults only when
    // the shopper picks another one, never after the action sends them back to see a
    // carrier's fee (what they typed stays on the page).
    addressKey: picked?.id ?? "",
    // Worded here: the page shows it as it is sent.
    cardFailed: cardReturn ? refusalText(locale, "cardReturnFailed") : null,
    stripeKey: process.env.STRIPE_PUBLISHABLE_KEY ?? null,
    provinces,
    communes,
    shipments,
    paymentMethods: payments,
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
      shippingOptionIds: shipments.map((s) => s.preselected),
      payment: payments.find((m) => m.id === CASH_ON_DELIVERY)?.id ?? payments[0]?.id ?? "",
      leadName: lead?.name ?? "",
      leadPhone: lead?.phone ?? "",
    },
  })
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData()
  const session = await getSession(request)
  const cart = await getSessionCart(session)
  if (!cart?.items?.length) return redirect("/cart", { headers: await commitHeaders(session) })
  const token = session.get("customerToken")
  const locale = await getLocale(request)

  // Without JavaScript, choosing a province is a round trip: keep what was typed and come back.
  if (formData.get("intent") === "province") {
    await keepPartialAddress(cart.id, formData, token)
    return redirect("/checkout")
  }

  const needs = cartNeeds(cart)
  const [shipments, payments] = await Promise.all([
    needs.ships ? cartShipments(cart, token, locale) : ([] as ShipmentChoices[]),
    paymentMethods(cart.region_id ?? "", token),
  ])
  // Each shipment's choice must be one of its own options (a producer's goods ship only by theirs).
  const chosen = shipments.map((s, i) => s.options.find((o) => o.id === formData.get(`shippingOptionIds[${i}]`)))
  // Only pickups chosen (even without JavaScript, where the address fields stay on screen): no address.
  const pickup = chosen.length > 0 && chosen.every((o) => o?.pickup)
  const schema = storefrontCheckout({ ...needs, pickup, shipments: shipments.length })
  const submission = parseWithZod(formData, { schema })
  if (submission.status !== "success") {
    return json({ result: submission.reply() }, { status: 400 })
  }
  const input = submission.value
  const unknown = chosen.findIndex((o) => !o)
  if (needs.ships && (unknown >= 0 || !shipments.length)) {
    return json({ result: submission.reply({ fieldErrors: { [`shippingOptionIds[${Math.max(unknown, 0)}]`]: ["errors.shipping"] } }) }, { status: 400 })
  }
  // A point that lacks the goods is refused before anything is written (the page offered it
  // disabled; a stale page or one without JavaScript can still send it).
  const lacking = chosen.findIndex((o) => o?.lacking.length)
  if (lacking >= 0) {
    const message = stockRefusalText(locale, true, chosen[lacking]!.lacking.map((title) => ({ title })))
    return json({ result: submission.reply({ fieldErrors: { [`shippingOptionIds[${lacking}]`]: [message] } }) }, { status: 400 })
  }
  const options = chosen.filter((o): o is ShippingChoice => Boolean(o))
  if (!payments.some((m) => m.id === input.payment)) {
    return json({ result: submission.reply({ fieldErrors: { payment: ["errors.payment"] } }) }, { status: 400 })
  }
  let address: MedusaAddress | ReturnType<typeof pickupAddress>["address"] | null = null
  if (options.length) {
    const built = pickup ? pickupAddress(input, options) : await toMedusaAddress(deliveryInput(input))
    if ("errors" in built) {
      return json({ result: submission.reply({ fieldErrors: built.errors }) }, { status: 400 })
    }
    address = built.address
  }

  await updateCart(
    cart.id,
    {
      email: input.email,
      ...(address ? { shipping_address: address, billing_address: address } : {}),
      metadata: {
        ...cart.metadata,
        // Copied to the order: the host's contact for the bookings (contract with experience-host).
        ocop_lead_visitor: needs.experience ? { name: input.leadName, phone: input.leadPhone } : undefined,
      },
    },
    token
  )
  if (input.companyInvoice) {
    const refused = await requestCompanyInvoice(cart.id, {
      company_name: input.companyName ?? "",
      tax_code: input.taxCode ?? "",
      address: input.companyAddress ?? "",
      email: input.invoiceEmail || input.email,
    })
    if (refused) {
      return json({ result: submission.reply({ fieldErrors: { [refused]: [companyInvoiceRefusal(locale, refused)] } }) }, { status: 400 })
    }
  } else {
    await withdrawCompanyInvoice(cart.id)
  }
  // One shipping method per shipment: Medusa replaces only the method of the same shipment.
  // A carrier option is priced again for the address just saved; a carrier that
  // refuses it (unmappable commune, no answer) sends the shopper back to choose.
  let withShipping: Cart | null = null
  for (const [i, option] of options.entries()) {
    const added = await addShippingMethod(cart.id, option.id, token).catch((error) => {
      if (option.carrier && error instanceof FetchError && error.status === 400) return "carrier-refused" as const
      throw error
    })
    if (added === "carrier-refused") {
      return json({ result: submission.reply({ fieldErrors: { [`shippingOptionIds[${i}]`]: [refusalText(locale, "carrierRefused")] } }) }, { status: 400 })
    }
    withShipping = added
  }
  if (!options.length) withShipping = await retrieveCart(cart.id, token)
  if (!withShipping) return redirect("/cart", { headers: await commitHeaders(session) })
  // A carrier's fee depends on the address just saved: when the shopper has not seen
  // this fee yet (none before, or another one), show it before anything is paid.
  const unseenFee = options.some((option) => {
    const fee = withShipping?.shipping_methods?.find((m) => m.shipping_option_id === option.id)?.amount
    return option.carrier && (option.unavailable || fee !== option.amount)
  })
  if (unseenFee) return redirect("/checkout", { headers: await commitHeaders(session) })
  const { payment_collection } = await initiatePaymentSession(withShipping, input.payment, token)
  if (paymentKind(input.payment) === "card") {
    // The card is confirmed in the browser with Stripe.js; the order is placed on the way back.
    const session = payment_collection?.payment_sessions?.find((s) => s.provider_id === input.payment)
    const card: CardIntent = { clientSecret: String(session?.data?.client_secret ?? ""), amount: session?.amount ?? 0 }
    return json({ result: submission.reply(), card })
  }
  const completed = await completeCart(cart.id, token).catch((error) => {
    const status = error instanceof FetchError ? (error.status ?? 0) : 0
    if (status >= 400 && status < 500) return refusedOrder(error, options, withShipping, locale)
    throw error
  })
  if ("field" in completed) {
    const { field, message } = completed
    return json({ result: submission.reply(field ? { fieldErrors: { [field]: [message] } } : { formErrors: [message] }) }, { status: 400 })
  }
  if (completed.type !== "order") {
    return json({ result: submission.reply({ formErrors: [completed.error?.message ?? refusalText(locale, "generic")] }) }, { status: 400 })
  }

  if (token && input.saveAddress && address && !pickup) {
    // The order stands even if the address book refuses the copy.
    await createAddress(token, address).catch(() => null)
  }
  if (isWallet(paymentKind(input.payment))) {
    // The order holds its stock while the shopper pays on the wallet's page, which
    // sends them back to /checkout/wallet-return; the wallet's IPN confirms.
    const payUrl = (await getOrderPayment(completed.order.id))?.wallet?.pay_url
    if (payUrl && /^https?:\/\//.test(payUrl)) return orderPlaced(session, completed.order.id, payUrl)
  }
  return orderPlaced(session, completed.order.id)
}

type CardIntent = { clientSecret: string; amount: number }

/** The typed address of a delivery; the schema required every part. */
function deliveryInput(input: StorefrontCheckoutInput) {
  const { fullName = "", phone = "", province = "", commune = "", street = "" } = input
  return { fullName, phone, province, commune, street }
}

/**
 * Pickups only: who collects (name, phone) at the sales point's address, so the order says
 * where it waits (the first point's address; every point collected at is named).
 */
function pickupAddress(input: StorefrontCheckoutInput, pickups: ShippingChoice[]) {
  const points = [...new Set(pickups.map((o) => o.pickup?.point).filter(Boolean))]
  return {
    address: {
      ...splitFullName(input.fullName ?? ""),
      phone: input.phone ?? "",
      company: points.join(" · "),
      address_1: pickups[0]?.pickup?.address ?? "",
      country_code: "vn",
      metadata: { pickup: true },
    },
  }
}

async function orderPlaced(session: Awaited<ReturnType<typeof getSession>>, orderId: string, payUrl?: string) {
  rememberOrder(session, orderId)
  session.unset("cartId")
  session.set("cartCount", 0)
  return redirect(payUrl ?? `/orders/${orderId}/confirmed`, { headers: await commitHeaders(session) })
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
  const { cart, needs, cardFailed, stripeKey, provinces, communes, shipments, paymentMethods, customer, defaults, addressKey } =
    useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const card = actionData && "card" in actionData ? (actionData.card as CardIntent) : null
  const navigation = useNavigation()
  const t = useT()
  const locale = useLocale()
  // The option chosen for each shipment (a producer's goods), in the order shown.
  const [optionIds, setOptionIds] = useState(defaults.shippingOptionIds)
  const chosen = shipments.map((s, i) => s.options.find((o) => o.id === optionIds[i]))
  const pickup = chosen.length > 0 && chosen.every((o) => o?.pickup)
  const [form, fields] = useForm<keyof StorefrontCheckoutInput | `shippingOptionIds[${number}]`>({
    id: addressKey ? `checkout-${addressKey}` : "checkout",
    lastResult: actionData?.result,
    constraint: storefrontCheckoutConstraint({ ...needs, pickup }),
    defaultValue: defaults,
  })
  const fees = chosen.map((o) => o?.amount ?? 0)
  const shipping = fees.reduce((sum, fee) => sum + fee, 0)
  const optionFields = shipments.map((_, i) => fields[`shippingOptionIds[${i}]`])
  const itemTotal = cart.item_total ?? 0
  const placing = navigation.state === "submitting" && navigation.formAction === "/checkout"
  const hasErrors = Boolean(form.errors?.length) || Object.values(form.allErrors).some((e) => e?.length)
  // The card form's code is fetched as soon as the card is the method chosen: picked, or the
  // only one offered, so it is here when the form appears after the order is placed.
  const isCard = (id: string) => paymentMethods.find((m) => m.id === id)?.kind === "card"
  useEffect(() => {
    if (isCard(defaults.payment)) preloadCardPayment()
    // Once, for the method the page opened with; a choice made later calls it itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

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

          {needs.experience ? <LeadVisitorFields name={fields.leadName} phone={fields.leadPhone} /> : null}

          {needs.ships ? (
            <>
              {shipments.length > 1 ? (
                <p className="alert alert--info" role="note">
                  {t("checkout.shipmentsNote", { count: shipments.length })}
                </p>
              ) : null}
              {shipments.length ? (
                shipments.map((shipment, i) => (
                  <ShippingChoices
                    key={shipment.key}
                    field={optionFields[i] ?? fields.shippingOptionIds}
                    name={`${fields.shippingOptionIds.name}[${i}]`}
                    shipment={shipment}
                    several={shipments.length > 1}
                    onChoose={(id) => setOptionIds((ids) => shipments.map((_, j) => (j === i ? id : (ids[j] ?? ""))))}
                  />
                ))
              ) : (
                <ShippingChoices field={fields.shippingOptionIds} name={`${fields.shippingOptionIds.name}[0]`} shipment={null} several={false} onChoose={() => {}} />
              )}
              <fieldset>
                <legend>{pickup ? t("pickup.recipient") : t("checkout.address")}</legend>
                {pickup ? <p className="field-hint">{t("pickup.noAddress")}</p> : null}
                {customer?.addresses.length && !pickup ? (
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
                  key={addressKey}
                  fields={fields}
                  provinces={provinces}
                  communes={communes}
                  initialProvince={defaults.province}
                  hideAddress={pickup}
                />
                {customer && !pickup ? (
                  <label className="choice">
                    <input {...getInputProps(fields.saveAddress, { type: "checkbox" })} />
                    <span>{t("checkout.saveAddress")}</span>
                  </label>
                ) : null}
              </fieldset>
            </>
          ) : (
            <p className="alert alert--info" role="note">
              {t("experience.nothingShips")}
            </p>
          )}

          <CompanyInvoiceFields fields={fields} />

          <PaymentOptions
            field={fields.payment}
            methods={paymentMethods}
            ships={needs.ships}
            onChange={(id) => (isCard(id) ? preloadCardPayment() : undefined)}
          />
          {cardFailed ? (
            <p className="alert alert--error" role="alert">
              {cardFailed}
            </p>
          ) : null}

          <button type="submit" className="button" disabled={placing} style={{ width: "100%" }}>
            {placing ? t("checkout.placing") : `${t("checkout.placeOrder")} · ${formatVnd(itemTotal + shipping)}`}
          </button>
        </Form>

        <aside className="summary" aria-labelledby="order-summary">
          <h2 id="order-summary">{t("checkout.summary")}</h2>
          <ul>
            {(cart.items ?? []).map((item) => {
              const visit = experienceLine(item)
              return (
                <li key={item.id}>
                  <span>
                    {item.product_title ?? item.title} ·{" "}
                    {visit
                      ? `${formatDate(visit.date, locale)} · ${t("experience.guestCount", { count: item.quantity })}${visit.child ? ` (${t("experience.childLine")})` : ""}`
                      : `${item.variant_title} × ${item.quantity}`}
                  </span>
                  <span>{formatVnd(item.total ?? item.unit_price * item.quantity)}</span>
                </li>
              )
            })}
          </ul>
          <dl className="totals">
            <dt>{t("cart.subtotal")}</dt>
            <dd>{formatVnd(itemTotal)}</dd>
            {needs.ships && shipments.length > 1
              ? shipments.map((shipment, i) => (
                  <Fragment key={shipment.key}>
                    <dt>{t("checkout.shipmentFee", { producer: shipment.producer ?? t("checkout.shopShipment") })}</dt>
                    <dd>{formatVnd(fees[i] ?? 0)}</dd>
                  </Fragment>
                ))
              : null}
            {needs.ships ? (
              <>
                <dt>{shipments.length > 1 ? t("checkout.shippingTotal") : t("cart.shipping")}</dt>
                <dd>{formatVnd(shipping)}</dd>
              </>
            ) : null}
            <dt className="grand">{t("cart.grandTotal")}</dt>
            <dd className="grand">{formatVnd(itemTotal + shipping)}</dd>
          </dl>
        </aside>
      </div>
      {card && stripeKey ? (
        <section aria-label={t("payment.card")} style={{ marginTop: 24 }}>
          <CardPaymentLoader publishableKey={stripeKey} clientSecret={card.clientSecret} amount={card.amount} returnPath="/checkout?card_return=1" />
        </section>
      ) : null}
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
