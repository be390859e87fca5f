import type { IsoDate, Locale } from '@bordenden/model'
import { localeTag } from './locale.ts'

/**
 * One date style per purpose, the only date formatting the UI has (a test greps for any other):
 * - `day`: a calendar day, "4. december" ("4 December")
 * - `dayWithWeekday`: a day people plan around, "fredag 4. december" ("Friday 4 December")
 * - `time`: a time of day, "14.30" ("14:30")
 * - `dateTime`: a moment in a log, "4. dec. 2026 14.30" ("4 Dec 2026, 14:30")
 * - `relative`: a day counted from today, "i dag", "i morgen", "om 3 dage", "for 2 dage siden"
 * The two day styles leave the year out only when `today` is given and in the same year.
 */
export type DateStyle = 'day' | 'dayWithWeekday' | 'time' | 'dateTime' | 'relative'

/** A calendar date (no time of day) or a moment (ms or a Date). */
export type DateLike = IsoDate | number | Date

const isIsoDate = (when: DateLike): when is IsoDate => typeof when === 'string'

// A calendar date is formatted at noon UTC in UTC, so no time zone moves it to the day before or after.
function instant(when: DateLike): Date {
  if (!isIsoDate(when)) return new Date(when)
  const [y, m, d] = when.split('-').map(Number)
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12))
}

const dayMs = 86_400_000

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((instant(to).getTime() - instant(from).getTime()) / dayMs)
}

function options(style: Exclude<DateStyle, 'relative'>, withYear: boolean): Intl.DateTimeFormatOptions {
  const year: Intl.DateTimeFormatOptions = withYear ? { year: 'numeric' } : {}
  switch (style) {
    case 'day':
      return { day: 'numeric', month: 'long', ...year }
    case 'dayWithWeekday':
      return { weekday: 'long', day: 'numeric', month: 'long', ...year }
    case 'time':
      return { hour: '2-digit', minute: '2-digit' }
    case 'dateTime':
      return { dateStyle: 'medium', timeStyle: 'short' }
  }
}

/** `when` in `style` and `locale`; `today` (the course's today) for `relative` and to leave out this year. */
export function formatDate(when: DateLike, style: DateStyle, locale: Locale, today?: IsoDate): string {
  const tag = localeTag(locale)
  if (style === 'relative') {
    if (!isIsoDate(when) || today === undefined)
      throw new Error('a relative date needs a calendar date and today')
    return new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }).format(daysBetween(today, when), 'day')
  }
  const withYear = today === undefined || !isIsoDate(when) || today.slice(0, 4) !== when.slice(0, 4)
  const zone: Intl.DateTimeFormatOptions = isIsoDate(when) ? { timeZone: 'UTC' } : {}
  return new Intl.DateTimeFormat(tag, { ...options(style, withYear), ...zone }).format(instant(when))
}

/** A number as the locale writes it ("1.234,5" / "1,234.5"), with at least `minimumFractionDigits`. */
export function formatNumber(
  value: number,
  locale: Locale,
  maximumFractionDigits = 0,
  minimumFractionDigits = 0,
): string {
  return new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits, minimumFractionDigits }).format(
    value,
  )
}
