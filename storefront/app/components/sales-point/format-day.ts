/**
 * A label's calendar day (YYYY-MM-DD, as the API keeps lot dates) written the way
 * Vietnamese labels print it, 06/12/2026, in both languages: staff compare it with
 * the pack in their hand. No Date object, so no time zone can move the day.
 */
export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  return m ? `${m[3]}/${m[2]}/${m[1]}` : day
}
