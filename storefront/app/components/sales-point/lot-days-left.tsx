import { useT } from "~/lib/i18n"

/** "còn 12 ngày" / "hết hạn hôm nay" / "đã hết hạn" beside a lot's expiry date. */
export function LotDaysLeft({ lot }: { lot: { expired: boolean; days_left: number | null } }) {
  const t = useT()
  if (lot.days_left === null) return null
  if (lot.expired) return <strong className="staff-lot-state staff-lot-state--expired">({t("staffConsole.lot.expired")})</strong>
  if (lot.days_left === 0) return <strong className="staff-lot-state">({t("staffConsole.lot.today")})</strong>
  return <span className="portal-muted">({t("staffConsole.lot.daysLeft", { days: lot.days_left })})</span>
}
