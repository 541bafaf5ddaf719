import { Link, useLocation } from "@remix-run/react"
import { useT } from "~/lib/i18n"

/** Previous/next links that keep the page's other filters in the URL. */
export function Pager({ page, pages }: { page: number; pages: number }) {
  const t = useT()
  const location = useLocation()
  if (pages <= 1) return null
  const to = (p: number) => {
    const params = new URLSearchParams(location.search)
    params.set("page", String(p))
    return `${location.pathname}?${params}`
  }
  return (
    <nav className="staff-pager" aria-label={t("staffConsole.paging.label")}>
      {page > 1 ? <Link to={to(page - 1)}>{t("staffConsole.paging.prev")}</Link> : <span />}
      <span>{t("staffConsole.paging.page", { page, pages })}</span>
      {page < pages ? <Link to={to(page + 1)}>{t("staffConsole.paging.next")}</Link> : <span />}
    </nav>
  )
}
