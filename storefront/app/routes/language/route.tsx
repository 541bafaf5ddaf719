import { redirect, type ActionFunctionArgs } from "@remix-run/node"
import { isLocale } from "~/lib/i18n"
import { safeRedirect } from "~/lib/safe-url"
import { serializeLocale } from "~/lib/session.server"

/** POST locale=vi|en: remembers the language in a cookie and goes back to the page. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData()
  const locale = form.get("locale")
  const to = safeRedirect(form.get("redirectTo"))
  if (!isLocale(locale)) return redirect(to)
  return redirect(to, { headers: { "set-cookie": await serializeLocale(locale) } })
}

export async function loader() {
  return redirect("/")
}
