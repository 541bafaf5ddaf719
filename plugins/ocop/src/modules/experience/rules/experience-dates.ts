/** The date pattern of an experience, as stored on it. */
export type ExperienceSchedule = {
  weekdays: number[]
  closed_dates: string[]
  extra_dates: string[]
}

/** The schedule of a stored experience row, its lists never null. */
export function scheduleOf(experience: {
  weekdays?: number[] | null
  closed_dates?: string[] | null
  extra_dates?: string[] | null
}): ExperienceSchedule {
  return {
    weekdays: experience.weekdays ?? [],
    closed_dates: experience.closed_dates ?? [],
    extra_dates: experience.extra_dates ?? [],
  }
}

const DAY_MS = 24 * 60 * 60 * 1000
const DATE = /^\d{4}-\d{2}-\d{2}$/

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS)
    .toISOString()
    .slice(0, 10)
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay()
}

export function isCalendarDate(value: string): boolean {
  return DATE.test(value) && addDays(value, 0) === value
}

/** Whether the schedule offers the date: on a pattern weekday and not closed, or added. */
export function isOfferedDate(
  schedule: ExperienceSchedule,
  date: string
): boolean {
  if (schedule.closed_dates.includes(date)) return false
  return (
    schedule.extra_dates.includes(date) ||
    schedule.weekdays.includes(weekday(date))
  )
}

/**
 * The offered dates from `today` (a Vietnam calendar date, excluded: a visitor cannot book
 * a trip that has begun) through `weeks` weeks ahead, in order.
 */
export function offeredDates(
  schedule: ExperienceSchedule,
  today: string,
  weeks: number
): string[] {
  const dates: string[] = []
  for (let i = 1; i <= weeks * 7; i++) {
    const date = addDays(today, i)
    if (isOfferedDate(schedule, date)) dates.push(date)
  }
  return dates
}
