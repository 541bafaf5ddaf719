import { redirect, type ActionFunctionArgs } from "@remix-run/node"
import { updateCart } from "~/lib/data/carts.server"
import { isLocale } from "~/lib/i18n"
import { STORE_API_LOCALE } from "~/lib/medusa.server"
import { safeRedirect } from "~/lib/safe-url"
import { getSession, serializeLocale } from "~/lib/session.server"

/**
 * POST locale=vi|en: remembers the language in a cookie and goes back to the page.
 * An open cart follows: Medusa renames its lines and delivery options in that language.
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData()
  const locale = form.get("locale")
  const to = safeRedirect(form.get("redirectTo"))
  if (!isLocale(locale)) return redirect(to)
  const session = await getSession(request)
  const cartId = session.get("cartId")
  if (cartId) {
    // The language is switched even if the cart cannot be updated (gone, completed).
    await updateCart(cartId, { locale: STORE_API_LOCALE[locale] }, session.get("customerToken")).catch(() => null)
  }
  return redirect(to, { headers: { "set-cookie": await serializeLocale(locale) } })
}

export async function loader() {
  return redirect("/")
}
