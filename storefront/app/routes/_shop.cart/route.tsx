import { parseWithZod } from "@conform-to/zod"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { ErrorList } from "~/components/ui/field"
import { getSessionCart, itemCount } from "~/lib/cart.server"
import { FetchError } from "@medusajs/js-sdk"
import { addPromoCode, deleteLineItem, removePromoCode, updateLineItem } from "~/lib/data/carts.server"
import { getFreeShippingThreshold } from "~/lib/data/free-shipping.server"
import { experienceLine } from "~/lib/experience-line"
import { LineVariant } from "~/components/line-variant"
import { formatVnd } from "~/lib/format"
import { loadMessages, isMessageKey, translator, useT } from "~/lib/i18n"
import { seo } from "~/lib/seo"
import { commitHeaders, getLocale, getSession } from "~/lib/session.server"
import { safeHref } from "~/lib/safe-url"
import { shopCartMessageLoaders } from "~/lib/messages/shop-cart/lazy"
import { StorefrontCartPromo, StorefrontUpdateCartLine } from "./cart-schema.server"
import { shopCustomerMessageLoaders } from "~/lib/messages/shop-customer/lazy"

// This page's texts are not in the shop dictionary every page downloads (messages/shop-cart).
await loadMessages(shopCartMessageLoaders, shopCustomerMessageLoaders)

export async function loader({ request }: LoaderFunctionArgs) {
  const [session, locale] = await Promise.all([getSession(request), getLocale(request)])
  const before = session.get("cartCount") ?? 0
  const [cart, freeShippingFrom] = await Promise.all([
    getSessionCart(session),
    // A hint beside the cart: if it cannot be read, the cart still sells.
    getFreeShippingThreshold().catch(() => null),
  ])
  const count = itemCount(cart)
  session.set("cartCount", count)
  const notice = session.get("notice")
  const headers = count !== before || notice ? await commitHeaders(session) : undefined
  return json({ cart, locale, freeShippingFrom, notice: notice ?? null }, { headers })
}

/** Applies or removes a discount code; an unknown code is said next to the field. */
async function promoAction(request: Request, formData: FormData) {
  const submission = parseWithZod(formData, { schema: StorefrontCartPromo })
  if (submission.status !== "success") {
    return json({ lineId: null, promo: { error: "promo.empty" as const, code: "" }, result: submission.reply() }, { status: 400 })
  }
  const session = await getSession(request)
  const cart = await getSessionCart(session)
  if (!cart) return redirect("/cart", { headers: await commitHeaders(session) })
  const token = session.get("customerToken")
  const { intent, code } = submission.value
  if (intent === "promo-apply") {
    try {
      await addPromoCode(cart.id, code, token)
    } catch (error) {
      if (error instanceof FetchError && error.status === 400) {
        return json({ lineId: null, promo: { error: "promo.unknown" as const, code }, result: submission.reply() }, { status: 400 })
      }
      throw error
    }
    session.flash("notice", "promo.applied")
  } else {
    await removePromoCode(cart.id, code, token)
    session.flash("notice", "promo.removed")
  }
  return redirect("/cart", { headers: await commitHeaders(session) })
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData()
  if (String(formData.get("intent") ?? "").startsWith("promo-")) return promoAction(request, formData)
  const submission = parseWithZod(formData, { schema: StorefrontUpdateCartLine })
  const lineId = formData.get("lineId")
  if (submission.status !== "success") {
    return json({ lineId, promo: null, result: submission.reply() }, { status: 400 })
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
  const { cart, notice, freeShippingFrom } = useLoaderData<typeof loader>()
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
              <dd>{formatVnd(cart.item_subtotal ?? cart.item_total ?? 0)}</dd>
              {cart.discount_total ? (
                <>
                  <dt>{t("promo.discount")}</dt>
                  <dd>−{formatVnd(cart.discount_total)}</dd>
                </>
              ) : null}
              {cart.items?.some((i) => i.requires_shipping !== false) ? (
                <>
                  <dt>{t("cart.shipping")}</dt>
                  <dd>{t("cart.shippingLater")}</dd>
                </>
              ) : null}
            </dl>
            <FreeShippingHint cart={cart} threshold={freeShippingFrom} />
            <PromoCodes cart={cart} error={actionData?.promo ?? null} busy={busy} />
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

type LoadedCart = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["cart"]>

/** "Mua thêm 55.000 ₫ để được miễn phí vận chuyển", from the threshold the office set. */
function FreeShippingHint({ cart, threshold }: { cart: LoadedCart; threshold: number | null }) {
  const t = useT()
  if (threshold === null || !cart.items?.some((i) => i.requires_shipping !== false)) return null
  const missing = threshold - (cart.item_total ?? 0)
  return (
    <p className="free-shipping" role="status">
      {missing > 0 ? t("promo.freeShippingMore", { amount: formatVnd(missing) }) : t("promo.freeShippingReached")}
    </p>
  )
}

/** The discount code field, and each code in use with a button to take it off. */
function PromoCodes({
  cart,
  error,
  busy,
}: {
  cart: LoadedCart
  error: { error: "promo.empty" | "promo.unknown"; code: string } | null
  busy: boolean
}) {
  const t = useT()
  const codes = (cart.promotions ?? []).filter((p) => p.code && !p.is_automatic)
  return (
    <div className="promo">
      <Form method="post" className="promo__form">
        <label htmlFor="promo-code">{t("promo.label")}</label>
        <div className="promo__row">
          <input
            id="promo-code"
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            maxLength={50}
            defaultValue={error?.code ?? ""}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "promo-error" : undefined}
          />
          <button type="submit" name="intent" value="promo-apply" className="button button--ghost button--small" disabled={busy}>
            {t("promo.apply")}
          </button>
        </div>
        {error ? (
          <ul id="promo-error" className="field-errors">
            <li>{error.error === "promo.unknown" ? t("promo.unknown", { code: error.code }) : t("promo.empty")}</li>
          </ul>
        ) : null}
      </Form>
      {codes.length ? (
        <ul className="promo__codes" aria-label={t("promo.codes")}>
          {codes.map((p) => (
            <li key={p.id}>
              <strong>{p.code}</strong>
              <Form method="post">
                <input type="hidden" name="code" value={p.code} />
                <button type="submit" name="intent" value="promo-remove" className="button button--link" aria-label={t("promo.remove", { code: p.code ?? "" })}>
                  {t("cart.remove")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : null}
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
