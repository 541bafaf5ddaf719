import type { OcopExperienceDate } from "~/lib/data/ocop-experiences.server"
import { useLocale, useT, type Locale } from "~/lib/i18n"
import { ErrorList } from "../ui/field"

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

/** Column headings, Monday first as Vietnamese calendars print them. */
const WEEKDAYS: Record<Locale, string[]> = {
  vi: ["T2", "T3", "T4", "T5", "T6", "T7", "CN"],
  en: ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
}

type Month = { key: string; dates: Map<number, OcopExperienceDate> }

/** The days of a month as calendar cells: blanks before the 1st, so it falls under its weekday. */
function cells(key: string): (number | null)[] {
  const [year, month] = key.split("-").map(Number)
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7
  return [...Array.from({ length: lead }, () => null), ...Array.from({ length: days }, (_, i) => i + 1)]
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
 * The bookable dates as a month calendar: one radio group, one month open at a
 * time (the month of the chosen date first). Each month is a `<details>` sharing a
 * name, so opening one closes the others, with or without JavaScript; the chosen
 * date is submitted by the plain form. A phone sees one month's grid, not a column
 * of eighty tiles before the booking button. A date without seats is not offered.
 */
export function ExperienceDatePicker({ name, dates, selected, onSelect, errorId, errors }: Props) {
  const t = useT()
  const locale = useLocale()
  const open = dates.filter((d) => d.seats_left > 0)
  const months: Month[] = []
  for (const d of open) {
    const key = d.date.slice(0, 7)
    let month = months.at(-1)
    if (month?.key !== key) months.push((month = { key, dates: new Map() }))
    month.dates.set(Number(d.date.slice(8, 10)), d)
  }
  const openMonth = months.some((m) => m.key === selected.slice(0, 7)) ? selected.slice(0, 7) : months[0]?.key
  const invalid = Boolean(errors?.length)
  return (
    <fieldset className="date-picker" aria-describedby={invalid ? errorId : undefined}>
      <legend>{t("experience.chooseDate")}</legend>
      {open.length ? null : <p>{t("experience.noDates")}</p>}
      {months.map((month) => (
        <details
          key={month.key}
          className="date-picker__month"
          // Shared name: an exclusive accordion, one month open at a time.
          {...{ name: `${name}-months` }}
          open={month.key === openMonth}
        >
          <summary className="date-picker__month-name">
            <span id={`month-${month.key}`}>{monthLabel(`${month.key}-01`, locale)}</span>
            <span className="date-picker__month-count">{t("experience.daysOpen", { count: month.dates.size })}</span>
          </summary>
          <div role="group" aria-labelledby={`month-${month.key}`} className="date-picker__grid">
            {WEEKDAYS[locale].map((w) => (
              <span key={w} className="date-picker__weekday" aria-hidden="true">
                {w}
              </span>
            ))}
            {cells(month.key).map((day, i) => {
              const d = day === null ? undefined : month.dates.get(day)
              if (!d)
                return (
                  <span key={`blank-${i}`} className="date-picker__blank" aria-hidden="true">
                    {day ?? ""}
                  </span>
                )
              return (
                <label key={d.date} className="date-picker__day">
                  <input
                    type="radio"
                    name={name}
                    value={d.date}
                    defaultChecked={d.date === selected}
                    onChange={() => onSelect?.(d.date)}
                  />
                  <span className="visually-hidden">
                    {dayLabel(d.date, locale)}, {t("experience.seatsLeft", { count: d.seats_left })}
                  </span>
                  <span className="date-picker__number" aria-hidden="true">
                    {day}
                  </span>
                  <span className="date-picker__seats" aria-hidden="true">
                    {d.seats_left}
                  </span>
                </label>
              )
            })}
          </div>
        </details>
      ))}
      {open.length ? <p className="field-hint date-picker__legend">{t("experience.calendarHint")}</p> : null}
      <ErrorList id={errorId} errors={errors} />
    </fieldset>
  )
}
