import { Form, NavLink } from "@remix-run/react"
import { useT } from "~/lib/i18n"
import type { StaffPoint } from "~/lib/data/sales-point-api.server"

/** Who is signed in, at which point (a switcher when they work at several), the sections and sign-out. */
export function StaffNav({ staffName, point, points }: { staffName: string; point: StaffPoint; points: StaffPoint[] }) {
  const t = useT()
  const base = `/sales-point/${point.id}`
  const sections = [
    ["", "staffConsole.nav.stock"],
    ["/sell", "staffConsole.nav.sell"],
    ["/shifts", "staffConsole.nav.shifts"],
    ["/receive", "staffConsole.nav.receive"],
    ["/expiring", "staffConsole.nav.expiring"],
    ["/adjust", "staffConsole.nav.adjust"],
    ["/transfers", "staffConsole.nav.transfers"],
    ["/ledger", "staffConsole.nav.ledger"],
    ["/labels", "staffConsole.nav.labels"],
    ["/summary", "staffConsole.nav.summary"],
  ] as const
  return (
    <div className="portal-bar staff-bar">
      <div className="portal-bar__who">
        <span className="portal-kicker">{t("staffConsole.title")}</span>
        {points.length > 1 ? (
          <Form method="get" action="/sales-point" className="staff-switcher">
            <label htmlFor="staff-point">{t("staffConsole.switcher.label")}</label>
            <select id="staff-point" name="point" defaultValue={point.id}>
              {points.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            <button type="submit" className="button button--ghost">
              {t("staffConsole.switcher.submit")}
            </button>
          </Form>
        ) : (
          <strong className="staff-bar__point">{point.name}</strong>
        )}
        <span className="portal-muted">{staffName}</span>
      </div>
      <nav className="portal-nav" aria-label={t("staffConsole.nav")}>
        <ul>
          {sections.map(([path, label]) => (
            <li key={path}>
              <NavLink to={`${base}${path}`} end={path === ""} prefetch="intent">
                {t(label)}
              </NavLink>
            </li>
          ))}
          <li>
            <Form method="post" action="/sales-point/logout">
              <button type="submit" className="button button--link">
                {t("staffConsole.signOut")}
              </button>
            </Form>
          </li>
        </ul>
      </nav>
    </div>
  )
}
