import { Link, useNavigation } from "@remix-run/react"
import type { ReactNode } from "react"
import { useT } from "~/lib/i18n"
import { LanguageSwitch } from "./language-switch"

/**
 * The top bar of all three apps: skip link, logo (leading to the app's home), the app's
 * own pieces, the language switch and the page-loading bar. The portal and the console
 * pass no children, so their bar stays one compact line, even on a phone.
 */
export function AppHeader({ home, appName, children }: { home: string; appName?: string; children?: ReactNode }) {
  const t = useT()
  const navigation = useNavigation()
  return (
    <header className={appName ? "site-header site-header--compact" : "site-header"}>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <div className="container site-header__inner">
        <Link to={home} className="logo" aria-label={appName ? `${t("site.name")}: ${appName}` : t("site.name")}>
          <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
            <circle cx="12" cy="12" r="11" fill="#1f5d3a" />
            <path d="M12 5l2 4.6 5 .5-3.8 3.3 1.1 4.9L12 15.8 7.7 18.3l1.1-4.9L5 10.1l5-.5z" fill="#f3c13a" />
          </svg>
          <span>OCOP Market</span>
          {appName ? <span className="logo__app">{appName}</span> : null}
        </Link>
        {children}
        <LanguageSwitch />
      </div>
      <div className={navigation.state === "idle" ? "progress" : "progress progress--busy"} aria-hidden="true" />
    </header>
  )
}
