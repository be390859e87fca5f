import { dateIn, type IsoDate, type Locale } from '@bordenden/model'

/**
 * Dates in words, the way the citizen and the coordinator say them: "fredag 4. december", and for
 * deadlines "inden fredag 4. december", "i dag", "i morgen". Calendar dates are read as local days
 * (a due date has no time of day), so formatting never shifts them across midnight.
 */

function toDate(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1)
}

const dayMs = 86_400_000

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / dayMs)
}

/** "fredag 4. december" (da) / "Friday 4 December" (en); the year only when it is not `today`'s. */
export function formatDay(date: IsoDate, locale: Locale, today?: IsoDate): string {
  const sameYear = today !== undefined && today.slice(0, 4) === date.slice(0, 4)
  const format = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  })
  return format.format(toDate(date))
}

/** A deadline in words relative to `today`: "i dag", "i morgen", "inden fredag 4. december", "fristen var onsdag 2. december". */
export function formatDue(due: IsoDate, today: IsoDate, locale: Locale): string {
  const days = daysBetween(today, due)
  const day = formatDay(due, locale, today)
  if (locale === 'da') {
    if (days === 0) return 'i dag'
    if (days === 1) return 'i morgen'
    return days < 0 ? `fristen var ${day}` : `inden ${day}`
  }
  if (days === 0) return 'today'
  if (days === 1) return 'tomorrow'
  return days < 0 ? `was due ${day}` : `by ${day}`
}

/**
 * Today as a calendar date of the course: the day in Denmark, as the server counts meeting days and edit
 * windows, whatever time zone the viewer's device is set to (at 00:30 in Copenhagen a UTC device still
 * shows yesterday, and a link made "for today" would already be closed).
 */
export function todayIso(now: Date = new Date()): IsoDate {
  return dateIn(now)
}
