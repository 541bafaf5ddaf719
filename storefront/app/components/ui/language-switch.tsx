import { Form, useLocation } from "@remix-run/react"
import { useLocale, useT, type Locale } from "~/lib/i18n"

/** One button that switches to the other language and comes back to the same page (works without JavaScript). */
export function LanguageSwitch() {
  const t = useT()
  const location = useLocation()
  const otherLocale: Locale = useLocale() === "vi" ? "en" : "vi"
  return (
    // A whole new document: the browser holds only the current language's messages.
    <Form method="post" action="/language" className="lang-switch" reloadDocument>
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button
        type="submit"
        name="locale"
        value={otherLocale}
        className="button button--ghost button--small"
        lang={otherLocale}
        title={t("lang.switchLabel")}
      >
        {t("lang.switchTo")}
      </button>
    </Form>
  )
}
