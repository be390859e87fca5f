import { dateIn, type IsoDate, type Locale } from '@bordenden/model'
import { daysBetween, defineCatalog, formatDate, translator } from '@bordenden/text'

/**
 * Deadlines in words, the way the citizen and the coordinator say them: "i dag", "i morgen", "inden fredag
 * 4. december", "fristen var onsdag 2. december".
 */
const dueTexts = defineCatalog({
  dueBy: { da: 'inden {day}', en: 'by {day}' },
  dueWas: { da: 'fristen var {day}', en: 'was due {day}' },
})

/** A deadline in words relative to `today`. */
export function formatDue(due: IsoDate, today: IsoDate, locale: Locale): string {
  const days = daysBetween(today, due)
  if (days === 0 || days === 1) return formatDate(due, 'relative', locale, today)
  const t = translator(dueTexts, locale)
  const day = formatDate(due, 'dayWithWeekday', locale, today)
  return days < 0 ? t('dueWas', { day }) : t('dueBy', { day })
}

/**
 * Today as a calendar date of the course: the day in Denmark, as the server counts meeting days and edit
 * windows, whatever time zone the viewer's device is set to (at 00:30 in Copenhagen a UTC device still
 * shows yesterday, and a link made "for today" would already be closed).
 */
export function todayIso(now: Date = new Date()): IsoDate {
  return dateIn(now)
}

export { dueTexts }
