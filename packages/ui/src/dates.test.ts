import { describe, expect, it } from 'vitest'
import { daysBetween, formatDay, formatDue, todayIso } from './dates.ts'

describe('dates in words', () => {
  it('names the weekday and the day of the month in Danish, with the year only when it differs', () => {
    expect(formatDay('2026-12-04', 'da', '2026-11-24')).toBe('fredag 4. december')
    expect(formatDay('2027-01-08', 'da', '2026-11-24')).toBe('fredag den 8. januar 2027')
    expect(formatDay('2026-12-04', 'en', '2026-11-24')).toBe('Friday 4 December')
  })

  it('says deadlines relative to today', () => {
    expect(formatDue('2026-11-24', '2026-11-24', 'da')).toBe('i dag')
    expect(formatDue('2026-11-25', '2026-11-24', 'da')).toBe('i morgen')
    expect(formatDue('2026-12-04', '2026-11-24', 'da')).toBe('inden fredag 4. december')
    expect(formatDue('2026-11-20', '2026-11-24', 'da')).toBe('fristen var fredag 20. november')
    expect(formatDue('2026-12-04', '2026-11-24', 'en')).toBe('by Friday 4 December')
  })

  it('counts calendar days across a daylight-saving change', () => {
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2)
    expect(daysBetween('2026-12-04', '2026-11-24')).toBe(-10)
    // The course's day is Denmark's, whatever the device's zone: 23:30 UTC is already tomorrow there.
    expect(todayIso(new Date(Date.parse('2026-11-24T22:59:00Z')))).toBe('2026-11-24')
    expect(todayIso(new Date(Date.parse('2026-11-24T23:30:00Z')))).toBe('2026-11-25')
    expect(todayIso(new Date(Date.parse('2027-03-27T23:30:00Z')))).toBe('2027-03-28')
  })
})
