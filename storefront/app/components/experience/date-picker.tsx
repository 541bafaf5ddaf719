import type { OcopExperienceDate } from "~/lib/data/ocop-experiences.server"
import { useLocale, useT, type Locale } from "~/lib/i18n"
import { ErrorList } from "../ui/field"
import "./experience.css"

const TIME_ZONE = "Asia/Ho_Chi_Minh"
const noon = (date: string) => new Date(`${date}T12:00:00+07:00`)

function monthLabel(date: string, locale: Locale) {
  return new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", { month: "long", year: "numeric", timeZone: TIME_ZONE }).format(noon(date))
}

/** "Thứ Bảy, 05/12" / "Saturday 5 December": the weekday matters more than the year here. */
export function dayLabel(date: string, locale: Locale) {
  return new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    weekday: "long",
    day: locale === "vi" ? "2-digit" : "numeric",
    month: locale === "vi" ? "2-digit" : "long",
    timeZone: TIME_ZONE,
  }).format(noon(date))
}

type Props = {
  name: string
  dates: OcopExperienceDate[]
  selected: string
  onSelect?: (date: string) => void
  errorId: string
  errors?: string[]
}

/**
 * The bookable dates as one radio group, split by month: the browser moves between
 * them with the arrow keys and submits the one chosen, with or without JavaScript.
 * A date without seats is not offered.
 */
export function ExperienceDatePicker({ name, dates, selected, onSelect, errorId, errors }: Props) {
  const t = useT()
  const locale = useLocale()
  const open = dates.filter((d) => d.seats_left > 0)
  const months: { key: string; dates: OcopExperienceDate[] }[] = []
  for (const d of open) {
    const key = d.date.slice(0, 7)
    const month = months.at(-1)?.key === key ? months.at(-1) : undefined
    if (month) month.dates.push(d)
    else months.push({ key, dates: [d] })
  }
  const invalid = Boolean(errors?.length)
  return (
    <fieldset className="date-picker" aria-describedby={invalid ? errorId : undefined}>
      <legend>{t("experience.chooseDate")}</legend>
      {open.length ? null : <p>{t("experience.noDates")}</p>}
      {months.map((month) => (
        <div key={month.key} className="date-picker__month" role="group" aria-labelledby={`month-${month.key}`}>
          <p className="date-picker__month-name" id={`month-${month.key}`}>
            {monthLabel(month.dates[0].date, locale)}
          </p>
          <ul>
            {month.dates.map((d) => (
              <li key={d.date}>
                <label className="date-picker__day">
                  <input
                    type="radio"
                    name={name}
                    value={d.date}
                    defaultChecked={d.date === selected}
                    onChange={() => onSelect?.(d.date)}
                  />
                  <span>
                    <span className="date-picker__date">{dayLabel(d.date, locale)}</span>
                    <span className="date-picker__seats">{t("experience.seatsLeft", { count: d.seats_left })}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <ErrorList id={errorId} errors={errors} />
    </fieldset>
  )
}
