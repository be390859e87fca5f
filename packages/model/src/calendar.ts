import type { IsoDate } from './fields.ts'

// A course runs on Danish days: "today" on the follow-up list and "the meeting day" of an invitation are
// days in Copenhagen, whatever time zone the server's host is set to.

export const COURSE_TIME_ZONE = 'Europe/Copenhagen'

const dayFormats = new Map<string, Intl.DateTimeFormat>()

function partsAt(at: number, timeZone: string): Record<string, number> {
  let format = dayFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    dayFormats.set(timeZone, format)
  }
  const parts: Record<string, number> = {}
  for (const { type, value } of format.formatToParts(at)) if (type !== 'literal') parts[type] = Number(value)
  return parts
}

/** The calendar date at `at` (ms or a Date) in `timeZone`. */
export function dateIn(at: number | Date = Date.now(), timeZone = COURSE_TIME_ZONE): IsoDate {
  const { year, month, day } = partsAt(Number(at), timeZone)
  const pad = (n: number | undefined, width = 2) => String(n).padStart(width, '0')
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/** How far `timeZone` is ahead of UTC at `at`, in ms. */
function offsetAt(at: number, timeZone: string): number {
  const p = partsAt(at, timeZone)
  const asUtc = Date.UTC(
    p.year ?? 0,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  )
  return asUtc - Math.floor(at / 1000) * 1000
}

/** The moment `date` begins (local midnight) in `timeZone`, in ms since the epoch. */
export function startOfDay(date: IsoDate, timeZone = COURSE_TIME_ZONE): number {
  const [y, m, d] = date.split('-').map(Number)
  const midnightUtc = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)
  // The offset at UTC midnight can differ from the one at local midnight on a day clocks change: correct once.
  const guess = midnightUtc - offsetAt(midnightUtc, timeZone)
  return midnightUtc - offsetAt(guess, timeZone)
}
