import { FetchError } from "@medusajs/js-sdk"
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { AccountNav } from "~/components/account-nav"
import { GeneralErrorBoundary } from "~/components/error-boundary"
import { ProductGrid } from "~/components/product-card"
import { signOut } from "~/lib/auth.server"
import { addToWishlist, getWishlist, mergeWishlist, removeFromWishlist } from "~/lib/data/wishlist.server"
import { loadMessages, translator, useT } from "~/lib/i18n"
import { safeRedirect } from "~/lib/safe-url"
import { seo } from "~/lib/seo"
import { getCustomerToken, getLocale, getSession, requireCustomerToken } from "~/lib/session.server"
import { WishlistAction } from "./wishlist-action"
import { shopAccountMessageLoaders } from "~/lib/messages/shop-account/lazy"

await loadMessages(shopAccountMessageLoaders)

export async function loader({ request }: LoaderFunctionArgs) {
  const token = await requireCustomerToken(request)
  const locale = await getLocale(request)
  try {
    const wishlist = await getWishlist(token, locale)
    return json({ locale, wishlist })
  } catch (error) {
    // An expired session: forget it and ask to sign in again.
    if (error instanceof FetchError && error.status === 401) {
      const response = await signOut(await getSession(request))
      return redirect("/account/login?redirectTo=/account/wishlist", { headers: response.headers })
    }
    throw error
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData()
  const redirectTo = formData.get("redirectTo")
  const token = await getCustomerToken(request)
  // A guest's heart without JavaScript: sign in first, then back to the page.
  if (!token) {
    const back = safeRedirect(redirectTo, "/account/wishlist")
    return redirect(`/account/login?redirectTo=${encodeURIComponent(back)}`)
  }
  const submission = WishlistAction.safeParse(Object.fromEntries(formData))
  if (!submission.success) return json({ ok: false }, { status: 400 })
  const { intent } = submission.data
  try {
    if (intent === "merge") await mergeWishlist(token, submission.data.productIds)
    else if (intent === "add") await addToWishlist(token, submission.data.productId)
    else await removeFromWishlist(token, submission.data.productId)
  } catch (error) {
    // A product withdrawn since the page loaded, or already taken off: nothing to change.
    if (!(error instanceof FetchError && (error.status === 404 || error.status === 400))) throw error
  }
  // Posted without JavaScript: back where the heart was.
  if (redirectTo) return redirect(safeRedirect(redirectTo, "/account/wishlist"))
  return json({ ok: true })
}

export default function WishlistRoute() {
  const { wishlist } = useLoaderData<typeof loader>()
  const t = useT()
  const unavailable = wishlist.product_ids.length - wishlist.products.length
  return (
    <div className="container">
      <h1>{t("wishlist.title")}</h1>
      <AccountNav />
      <section aria-labelledby="wishlist-count" className="wishlist">
        <p id="wishlist-count" className="field-hint">
          {t("wishlist.count", { count: wishlist.products.length })}
        </p>
        {unavailable > 0 ? <p className="alert alert--info">{t("wishlist.unavailable", { count: unavailable })}</p> : null}
        {wishlist.products.length ? (
          <ProductGrid products={wishlist.products} />
        ) : (
          <p className="empty">
            {t("wishlist.empty")} <Link to="/products">{t("nav.products")}</Link>
          </p>
        )}
      </section>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "vi")
  return seo({ title: `${t("wishlist.title")} · OCOP Market`, description: t("site.description"), noindex: true, locale: data?.locale })
}

export function ErrorBoundary() {
  return (
    <div className="container">
      <GeneralErrorBoundary />
    </div>
  )
}
