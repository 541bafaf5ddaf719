import { Link } from "@remix-run/react"
import { useT } from "~/lib/i18n"

/** The page's place in the shop: linked steps, then the page itself. */
export function Breadcrumb({ trail, current }: { trail: { to: string; label: string }[]; current: string }) {
  const t = useT()
  return (
    <nav className="breadcrumb" aria-label={t("common.breadcrumb")}>
      <ol>
        {trail.map((step) => (
          <li key={step.to}>
            <Link to={step.to}>{step.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  )
}
