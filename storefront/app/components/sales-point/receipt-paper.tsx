import { Link, useLocation } from "@remix-run/react"
import { useT } from "~/lib/i18n"

/** Receipt layouts: thermal rolls of 80 mm and 58 mm (the counter's default is 80), or an A4 sheet. */
export const PAPERS = ["80", "58", "a4"] as const
export type Paper = (typeof PAPERS)[number]

export const paperOf = (value: string | null | undefined): Paper => (PAPERS.includes(value as Paper) ? (value as Paper) : "80")

// Page boxes the printer dialog starts from. 80 × 297 mm and 58 × 297 mm are the roll
// sizes thermal receipt drivers offer (they stop feeding after the last printed line);
// the side margins leave the 72 mm and 48 mm the print heads reach.
const PAGE: Record<Paper, string> = {
  "80": "size: 80mm 297mm; margin: 2mm 4mm",
  "58": "size: 58mm 297mm; margin: 2mm 5mm",
  a4: "size: A4; margin: 15mm",
}

/** The @page rule of the chosen paper, for printing only. */
export function PaperPageStyle({ paper }: { paper: Paper }) {
  return <style>{`@page { ${PAGE[paper]}; }`}</style>
}

/** Links to the same receipt on another paper: they work without JavaScript and keep the rest of the URL. */
export function PaperSwitch({ paper }: { paper: Paper }) {
  const t = useT()
  const location = useLocation()
  const href = (p: Paper) => {
    const search = new URLSearchParams(location.search)
    search.set("paper", p)
    return `${location.pathname}?${search}`
  }
  const label = { "80": t("staffConsole.receipt.paper80"), "58": t("staffConsole.receipt.paper58"), a4: t("staffConsole.receipt.paperA4") }
  return (
    <nav className="staff-paper" aria-label={t("staffConsole.receipt.paper")}>
      <span>{t("staffConsole.receipt.paper")}:</span>
      {PAPERS.map((p) => (
        <Link key={p} to={href(p)} replace aria-current={p === paper ? "true" : undefined} className={p === paper ? "button" : "button button--ghost"}>
          {label[p]}
        </Link>
      ))}
    </nav>
  )
}
