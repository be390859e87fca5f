import { describe, expect, it } from 'vitest'
import { daysBetween, formatDate, formatNumber } from './dates.ts'
import { dayFrom, partsOf, today } from './test-days.ts'

// Expected names written out here, not asked of Intl: the test fails if a style drifts.
const weekdays = {
  da: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
}
const months = {
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
}

/** A day later this year when there is one (so the year is left out), else today. */
const sameYearDay = dayFrom(today, 3).slice(0, 4) === today.slice(0, 4) ? dayFrom(today, 3) : today

describe('one date style per purpose', () => {
  it('writes a calendar day with its weekday, the year only when it is not this year', () => {
    const { weekday, day, month } = partsOf(sameYearDay)
    expect(formatDate(sameYearDay, 'dayWithWeekday', 'da', today)).toBe(
      `${weekdays.da[weekday]} ${day}. ${months.da[month]}`,
    )
    expect(formatDate(sameYearDay, 'dayWithWeekday', 'en', today)).toBe(
      `${weekdays.en[weekday]} ${day} ${months.en[month]}`,
    )
    const nextYear = dayFrom(today, 400)
    expect(formatDate(nextYear, 'dayWithWeekday', 'da', today)).toContain(String(partsOf(nextYear).year))
    expect(formatDate(nextYear, 'day', 'en')).toBe(
      `${partsOf(nextYear).day} ${months.en[partsOf(nextYear).month]} ${partsOf(nextYear).year}`,
    )
  })

  it('writes a plain day without the weekday', () => {
    const { day, month } = partsOf(sameYearDay)
    expect(formatDate(sameYearDay, 'day', 'da', today)).toBe(`${day}. ${months.da[month]}`)
  })

  it('writes times of day on the 24-hour clock, in each language its own way', () => {
    const at = new Date(Date.now())
    at.setHours(14, 5)
    expect(formatDate(at, 'time', 'da')).toBe('14.05')
    expect(formatDate(at, 'time', 'en')).toBe('14:05')
    const moment = formatDate(at.getTime(), 'dateTime', 'da')
    expect(moment).toContain(String(at.getFullYear()))
    expect(moment).toContain('14.05')
  })

  it('counts days from today in words', () => {
    expect(formatDate(today, 'relative', 'da', today)).toBe('i dag')
    expect(formatDate(dayFrom(today, 1), 'relative', 'da', today)).toBe('i morgen')
    expect(formatDate(dayFrom(today, 3), 'relative', 'da', today)).toBe('om 3 dage')
    expect(formatDate(dayFrom(today, -3), 'relative', 'da', today)).toBe('for 3 dage siden')
    expect(formatDate(dayFrom(today, 1), 'relative', 'en', today)).toBe('tomorrow')
    expect(formatDate(dayFrom(today, -2), 'relative', 'en', today)).toBe('2 days ago')
  })

  it('counts calendar days, whatever the clocks do', () => {
    expect(daysBetween(today, dayFrom(today, 200))).toBe(200)
    expect(daysBetween(dayFrom(today, 10), today)).toBe(-10)
  })

  it('writes numbers as each language does', () => {
    expect(formatNumber(1234.56, 'da', 1)).toBe('1.234,6')
    expect(formatNumber(1234.56, 'en', 1)).toBe('1,234.6')
  })
})
