import { formatDate } from '@bordenden/text'
import { dayFrom, today } from '@bordenden/text/test-days'
import { describe, expect, it } from 'vitest'
import { formatDue, todayIso } from './dates.ts'

describe('deadlines in words', () => {
  it('says deadlines relative to today', () => {
    const later = dayFrom(today, 10)
    const earlier = dayFrom(today, -4)
    expect(formatDue(today, today, 'da')).toBe('i dag')
    expect(formatDue(dayFrom(today, 1), today, 'da')).toBe('i morgen')
    expect(formatDue(later, today, 'da')).toBe(`inden ${formatDate(later, 'dayWithWeekday', 'da', today)}`)
    expect(formatDue(earlier, today, 'da')).toBe(
      `fristen var ${formatDate(earlier, 'dayWithWeekday', 'da', today)}`,
    )
    expect(formatDue(later, today, 'en')).toBe(`by ${formatDate(later, 'dayWithWeekday', 'en', today)}`)
  })

  it("takes today as Denmark's day, whatever the device's zone", () => {
    // 23:30 UTC is already the next day in Copenhagen (UTC+1 or +2), 22:59 UTC in winter still the same one.
    const utcDay = new Date().toISOString().slice(0, 10)
    expect(todayIso(new Date(Date.parse(`${utcDay}T23:30:00Z`)))).toBe(dayFrom(utcDay, 1))
    expect(todayIso(new Date(Date.parse(`${utcDay}T21:59:00Z`)))).toBe(utcDay)
  })
})
