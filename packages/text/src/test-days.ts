import { dateIn, type IsoDate } from '@bordenden/model'

/** Today by the run's clock, and days counted from it: the date tests never name a date. */
export const today: IsoDate = dateIn(new Date())

export function dayFrom(from: IsoDate, days: number): IsoDate {
  const [y, m, d] = from.split('-').map(Number)
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10)
}

/** A day's weekday (0 = Sunday), month (0-11) and year, read from its ISO form. */
export function partsOf(date: IsoDate): { weekday: number; day: number; month: number; year: number } {
  const at = new Date(`${date}T12:00:00Z`)
  return { weekday: at.getUTCDay(), day: at.getUTCDate(), month: at.getUTCMonth(), year: at.getUTCFullYear() }
}
