import { experienceLine } from "~/lib/experience-line"
import { formatDate } from "~/lib/format"
import { useLocale, useT } from "~/lib/i18n"

type Line = { quantity: number; variant_title?: string | null; metadata?: Record<string, unknown> | null }

/** What was chosen on a cart or order line: an experience's date and guests, or the goods' variant. */
export function LineVariant({ item }: { item: Line }) {
  const t = useT()
  const locale = useLocale()
  const visit = experienceLine(item)
  if (visit) {
    return (
      <p>
        {t("experience.date")}: {formatDate(visit.date, locale)} · {t("experience.guestCount", { count: item.quantity })}
        {visit.child ? ` (${t("experience.childLine")})` : ""}
      </p>
    )
  }
  return item.variant_title ? <p>{item.variant_title}</p> : null
}
