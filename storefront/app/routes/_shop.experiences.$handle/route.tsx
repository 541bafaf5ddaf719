import { parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { useState } from "react"
import { GeneralErrorBoundary, Problem } from "~/components/error-boundary"
import { ExperienceDatePicker } from "~/components/experience/date-picker"
import { ExperienceFacts, ExperienceProvenance } from "~/components/experience/experience-facts"
import { Field, FormErrors } from "~/components/ui/field"
import { getOrCreateSessionCart, itemCount } from "~/lib/cart.server"
import { retrieveCart } from "~/lib/data/carts.server"
import { bookExperience, getExperience } from "~/lib/data/ocop-experiences.server"
import { fieldErrorsFromApi } from "~/lib/data/producer-field-errors.server"
import { formatVnd } from "~/lib/format"
import { loadMessages, translator, useT } from "~/lib/i18n"
import { invariantResponse } from "~/lib/invariant"
import { seo } from "~/lib/seo"
import { commitHeaders, getLocale, getSession } from "~/lib/session.server"
import { getFormProps, getInputProps, useForm, type Constraint } from "~/lib/form"
import { experienceBookingSchema } from "./booking-schema.server"
import { groupTotal } from "./group-total"
import { Breadcrumb } from "~/components/ui/breadcrumb"
import { safeHref } from "~/lib/safe-url"
import { publicPage } from "~/lib/page-cache"
import { publicOrigin } from "~/lib/public-url.server"
import { shopExperiencesMessageLoaders } from "~/lib/messages/shop-experiences/lazy"

await loadMessages(shopExperiencesMessageLoaders)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = await getLocale(request)
  const experience = await getExperience(params.handle ?? "", locale)
  invariantResponse(experience, "Not found", { status: 404 })
  return json({ experience, locale, url: `${publicOrigin()}/experiences/${experience.handle}` })
}

// The book API's field → this form's field, and what we tell the visitor about it.
const API_FIELDS = { date: "date", guests: "adults", children: "children" }
const EXPLANATIONS = {
  date: [/no longer|not offered|begun|passed/, "experience.errors.dateGone"],
  adults: [/seat|more than/, "experience.errors.seats"],
} as const

export async function action({ request, params }: ActionFunctionArgs) {
  const experience = await getExperience(params.handle ?? "", "vi")
  invariantResponse(experience, "Not found", { status: 404 })
  const schema = experienceBookingSchema({ childPrice: experience.child_price != null })
  const submission = parseWithZod(await request.formData(), { schema })
  if (submission.status !== "success") {
    return json({ result: submission.reply() }, { status: 400 })
  }
  const { date, adults, children } = submission.value
  if (!experience.dates.some((d) => d.date === date)) {
    return json({ result: submission.reply({ fieldErrors: { date: ["experience.errors.dateGone"] } }) }, { status: 400 })
  }
  const session = await getSession(request)
  const token = session.get("customerToken")
  const cart = await getOrCreateSessionCart(session, await getLocale(request))
  const booked = await bookExperience(experience.handle, { cart_id: cart.id, date, guests: adults + children, children }, token)
  if (booked.refused) {
    const { fieldErrors, formErrors } = fieldErrorsFromApi(booked.refused.message, API_FIELDS, EXPLANATIONS)
    // A field named is enough; the API's leftover clauses are in English.
    const reply = Object.keys(fieldErrors).length
      ? { fieldErrors }
      : { formErrors: booked.refused.status === 409 ? ["experience.errors.tryAgain"] : formErrors }
    return json({ result: submission.reply(reply) }, { status: booked.refused.status, headers: await commitHeaders(session) })
  }
  session.set("cartCount", itemCount(await retrieveCart(cart.id, token)))
  session.flash("notice", "experience.added")
  return redirect("/cart", { headers: await commitHeaders(session) })
}

/** The browser's half of experienceBookingSchema: native constraints with the schema's message keys. */
function bookingConstraint(childPrice: boolean): Record<"date" | "adults" | "children", Constraint> {
  return {
    date: { required: true, message: "experience.errors.date" },
    adults: { required: true, min: 1, max: 50, message: "experience.errors.adults" },
    children: { min: 0, max: childPrice ? 50 : 0, message: "experience.errors.children" },
  }
}

export default function ExperienceRoute() {
  const { experience } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const hasChildPrice = experience.child_price != null
  const [form, fields] = useForm({
    id: "book",
    lastResult: actionData?.result,
    constraint: bookingConstraint(hasChildPrice),
    defaultValue: { date: experience.dates[0]?.date ?? "", adults: "2", children: "0" },
  })
  const [group, setGroup] = useState({ adults: 2, children: 0 })
  const count = (value: string) => (/^\d{1,2}$/.test(value) ? Number(value) : 0)
  const booking = navigation.state === "submitting" && navigation.formAction === `/experiences/${experience.handle}`
  const submittedDate = typeof fields.date.initialValue === "string" ? fields.date.initialValue : ""

  return (
    <div className="container">
      <Breadcrumb trail={[{ to: "/", label: t("common.home") }, { to: "/experiences", label: t("experience.title") }]} current={experience.title} />

      <div className="product">
        <section aria-label={t("product.gallery")} className="gallery">
          {safeHref(experience.thumbnail) ? (
            <div className="gallery__main">
              <img
                src={safeHref(experience.thumbnail)}
                alt={t("product.imageAlt", { title: experience.title })}
                width={800}
                height={600}
                // The page's largest paint: fetched before the rest (lower case for React 18).
                {...{ fetchpriority: "high" }}
              />
            </div>
          ) : null}
          <h2>{t("experience.about")}</h2>
          <ExperienceFacts experience={experience} />
          <h2>{t("experience.provenance")}</h2>
          <ExperienceProvenance experience={experience} />
        </section>

        <section>
          <h1>{experience.title}</h1>
          {experience.subtitle ? <p className="product__subtitle">{experience.subtitle}</p> : null}
          <p className="product__price">{t("experience.pricePerPerson", { price: formatVnd(experience.adult_price) })}</p>
          {hasChildPrice ? (
            <p className="field-hint">
              {t("experience.childPrice", { price: formatVnd(experience.child_price ?? 0), age: experience.child_max_age ?? "" })}
            </p>
          ) : null}
          {experience.is_illustrative ? <p className="field-hint">{t("experience.illustrative")}</p> : null}

          <Form method="post" className="buy-box" {...getFormProps(form)}>
            <FormErrors id={form.errorId} errors={form.errors} />
            <ExperienceDatePicker
              name={fields.date.name}
              dates={experience.dates}
              selected={submittedDate || experience.dates[0]?.date || ""}
              errorId={fields.date.errorId}
              errors={fields.date.errors}
            />
            <fieldset className="group-size">
              <legend>{t("experience.groupSize")}</legend>
              <Field label={t("experience.adults")} id={fields.adults.id} errorId={fields.adults.errorId} errors={fields.adults.errors}>
                <input
                  {...getInputProps(fields.adults, { type: "number" })}
                  inputMode="numeric"
                  onInput={(e) => {
                    const adults = count(e.currentTarget.value)
                    setGroup((g) => ({ ...g, adults }))
                  }}
                />
              </Field>
              {hasChildPrice ? (
                <Field
                  label={t("experience.children", { age: experience.child_max_age ?? "" })}
                  id={fields.children.id}
                  errorId={fields.children.errorId}
                  errors={fields.children.errors}
                >
                  <input
                    {...getInputProps(fields.children, { type: "number" })}
                    inputMode="numeric"
                    onInput={(e) => {
                      const children = count(e.currentTarget.value)
                      setGroup((g) => ({ ...g, children }))
                    }}
                  />
                </Field>
              ) : null}
            </fieldset>
            <p className="product__price" aria-live="polite" data-testid="experience-total">
              {t("experience.total", { total: formatVnd(groupTotal(experience, group)) })}
            </p>
            <button type="submit" className="button" disabled={booking || !experience.dates.length}>
              {booking ? t("common.loading") : t("experience.book")}
            </button>
          </Form>

          {experience.description ? (
            <>
              <h2>{t("product.description")}</h2>
              <p className="description">{experience.description}</p>
            </>
          ) : null}
        </section>
      </div>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? "vi"
  const t = translator(locale)
  if (!data?.experience) return [{ title: `${t("error.notFoundTitle")} · OCOP Market` }]
  return seo({
    title: `${data.experience.title} · OCOP Market`,
    description: data.experience.description ?? t("experience.intro"),
    url: data.url,
    image: data.experience.thumbnail,
    locale,
  })
}

export function ErrorBoundary() {
  const t = useT()
  return (
    <div className="container">
      <GeneralErrorBoundary
        statusHandlers={{ 404: () => <Problem title={t("error.notFoundTitle")} text={t("experience.notFound")} status={404} /> }}
      />
    </div>
  )
}

// The same for every anonymous visitor: cached briefly, revalidated by ETag (issue 18).
export const handle = publicPage
