import { parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { z } from "zod"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { ErrorList } from "~/components/ui/field"
import { getSessionCart, itemCount } from "~/lib/cart.server"
import { deleteLineItem, updateLineItem } from "~/lib/data/carts.server"
import { experienceLine } from "~/lib/experience-line"
import { LineVariant } from "~/components/line-variant"
import { formatVnd } from "~/lib/format"
import { isMessageKey, translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { commitHeaders, getLocale, getSession } from "~/lib/session.server"
import { safeHref } from "~/lib/safe-url"

export const StorefrontUpdateCartLine = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("update"),
    lineId: z.string().min(1),
    quantity: z
      .number({ required_error: "errors.quantity", invalid_type_error: "errors.quantity" })
      .int("errors.quantity")
      .min(1, "errors.quantity")
      .max(99, "errors.quantity"),
  }),
  z.object({ intent: z.literal("remove"), lineId: z.string().min(1) }),
])

export async function loader({ request }: LoaderFunctionArgs) {
  const [session, locale] = await Promise.all([getSession(request), getLocale(request)])
  const before = session.get("cartCount") ?? 0
  const cart = await getSessionCart(session)
  const count = itemCount(cart)
  session.set("cartCount", count)
  const notice = session.get("notice")
  const headers = count !== before || notice ? await commitHeaders(session) : undefined
  return json({ cart, locale, notice: notice ?? null }, { headers })
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: StorefrontUpdateCartLine })
  const lineId = formData.get("lineId")
  if (submission.status !== "success") {
    return json({ lineId, result: submission.reply() }, { status: 400 })
  }
  const session = await getSession(request)
  const cart = await getSessionCart(session)
  if (!cart?.items?.some((item) => item.id === submission.value.lineId)) {
    return redirect("/cart", { headers: await commitHeaders(session) })
  }
  const token = session.get("customerToken")
  if (submission.value.intent === "update") {
    await updateLineItem(cart.id, submission.value.lineId, submission.value.quantity, token)
  } else {
    await deleteLineItem(cart.id, submission.value.lineId, token)
  }
  session.flash("notice", "cart.updated")
  return redirect("/cart", { headers: await commitHeaders(session) })
}

export default function CartRoute() {
  const { cart, notice } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const t = useT()
  const items = [...(cart?.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  const busy = navigation.state !== "idle" && navigation.formAction === "/cart"

  return (
    <div className="container">
      <header className="page-head">
        <h1>{t("cart.title")}</h1>
      </header>
      {notice && isMessageKey(notice) ? (
        <p className="alert alert--success" role="status">
          {t(notice)}
        </p>
      ) : null}
      {!cart || !items.length ? (
        <div className="empty">
          <p>
            <strong>{t("cart.empty")}</strong>
          </p>
          <p>{t("cart.emptyHint")}</p>
          <Link to="/products" className="button">
            {t("nav.products")}
          </Link>
        </div>
      ) : (
        <div className="two-col">
          <ul className="cart-lines" aria-busy={busy}>
            {items.map((item) => {
              const errors = actionData?.lineId === item.id ? actionData.result.error?.quantity : undefined
              const errorId = `qty-error-${item.id}`
              const title = item.product_title ?? item.title
              const visit = experienceLine(item)
              return (
                <li key={item.id} className="cart-line">
                  {safeHref(item.thumbnail) ? <img src={safeHref(item.thumbnail)} alt="" width={88} height={66} /> : <span />}
                  <div className="cart-line__info">
                    <h2>
                      {item.product_handle ? (
                        <Link to={`/${visit ? "experiences" : "products"}/${item.product_handle}`}>{title}</Link>
                      ) : (
                        title
                      )}
                    </h2>
                    <LineVariant item={item} />
                    <p>
                      {t("cart.unitPrice")}: {formatVnd(item.unit_price)}
                    </p>
                  </div>
                  <div className="cart-line__actions">
                    <Form method="post" className="cart-line__qty">
                      <input type="hidden" name="lineId" value={item.id} />
                      <label htmlFor={`qty-${item.id}`} className="visually-hidden">
                        {t("cart.quantityOf", { title })}
                      </label>
                      <input
                        id={`qty-${item.id}`}
                        type="number"
                        name="quantity"
                        min={1}
                        max={99}
                        inputMode="numeric"
                        defaultValue={item.quantity}
                        aria-invalid={errors ? true : undefined}
                        aria-describedby={errors ? errorId : undefined}
                      />
                      <button type="submit" name="intent" value="update" className="button button--ghost button--small">
                        {t("cart.update")}
                      </button>
                    </Form>
                    <ErrorList id={errorId} errors={errors} />
                    <strong>{formatVnd(item.total ?? item.unit_price * item.quantity)}</strong>
                    <Form method="post">
                      <input type="hidden" name="lineId" value={item.id} />
                      <button type="submit" name="intent" value="remove" className="button button--link" aria-label={t("cart.removeItem", { title })}>
                        {t("cart.remove")}
                      </button>
                    </Form>
                  </div>
                </li>
              )
            })}
          </ul>
          <aside className="summary" aria-labelledby="cart-summary">
            <h2 id="cart-summary">{t("checkout.summary")}</h2>
            <dl className="totals">
              <dt>{t("cart.subtotal")}</dt>
              <dd>{formatVnd(cart.item_total ?? 0)}</dd>
              <dt>{t("cart.shipping")}</dt>
              <dd>{t("cart.shippingLater")}</dd>
            </dl>
            <p>
              <Link to="/checkout" className="button" style={{ width: "100%", marginTop: 12 }}>
                {t("cart.checkout")}
              </Link>
            </p>
            <p>
              <Link to="/products">{t("cart.continue")}</Link>
            </p>
          </aside>
        </div>
      )}
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("cart.title")} · OCOP Market`, description: t("site.description"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return (
    <div className="container">
      <GeneralErrorBoundary />
    </div>
  )
}
