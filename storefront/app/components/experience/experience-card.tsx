import { Link } from "@remix-run/react"
import type { OcopExperienceSummary } from "~/lib/data/ocop-experiences.server"
import { formatVnd } from "~/lib/format"
import { useLocale, useT } from "~/lib/i18n"
import { dayLabel } from "./date-picker"
import { formatDuration } from "./experience-facts"
import { safeHref } from "~/lib/safe-url"

/** One experience in a list: picture, place, duration, price per person, next date. */
export function ExperienceCard({ experience: e }: { experience: OcopExperienceSummary }) {
  const t = useT()
  const locale = useLocale()
  const place = [e.commune.name, e.commune.province?.name].filter(Boolean).join(", ")
  return (
    <article className="product-card">
      <Link to={`/experiences/${e.handle}`} className="product-card__link">
        <div className="product-card__image">
          {safeHref(e.thumbnail) ? <img src={safeHref(e.thumbnail)} alt="" width={400} height={300} loading="lazy" /> : null}
        </div>
        <h3 className="product-card__title">{e.title}</h3>
      </Link>
      <p className="product-card__origin">{place || e.meeting_point}</p>
      <p className="experience-card__facts">
        {formatDuration(e.duration_minutes, t)}
        {e.next_date ? ` · ${t("experience.nextDate", { date: dayLabel(e.next_date, locale) })}` : ` · ${t("experience.noDates")}`}
      </p>
      <p className="product-card__price">{t("experience.pricePerPerson", { price: formatVnd(e.adult_price) })}</p>
    </article>
  )
}
