import { describe, expect, it } from 'vitest'
import { dateIn, startOfDay } from './calendar.ts'

describe('Danish calendar days', () => {
  it('counts the day in Copenhagen, not in UTC', () => {
    // 23:30 UTC on 1 December is already 2 December in Denmark (UTC+1 in winter).
    expect(dateIn(Date.UTC(2026, 11, 1, 23, 30))).toBe('2026-12-02')
    expect(dateIn(Date.UTC(2026, 11, 1, 22, 30))).toBe('2026-12-01')
    // Summer time: UTC+2.
    expect(dateIn(Date.UTC(2026, 5, 30, 22, 30))).toBe('2026-07-01')
    expect(dateIn(Date.UTC(2026, 11, 1, 23, 30), 'UTC')).toBe('2026-12-01')
  })

  it('starts a day at Danish midnight, also on the days the clocks change', () => {
    expect(startOfDay('2026-12-01')).toBe(Date.UTC(2026, 10, 30, 23))
    expect(startOfDay('2026-07-01')).toBe(Date.UTC(2026, 5, 30, 22))
    // 29 March 2026: clocks go forward at 02:00; the day still began at 00:00 winter time.
    expect(startOfDay('2026-03-29')).toBe(Date.UTC(2026, 2, 28, 23))
    expect(startOfDay('2026-03-30')).toBe(Date.UTC(2026, 2, 29, 22))
    // 25 October 2026: clocks go back at 03:00; the day began at 00:00 summer time.
    expect(startOfDay('2026-10-25')).toBe(Date.UTC(2026, 9, 24, 22))
    expect(startOfDay('2026-10-26')).toBe(Date.UTC(2026, 9, 25, 23))
    expect(dateIn(startOfDay('2026-10-25'))).toBe('2026-10-25')
    expect(dateIn(startOfDay('2026-10-25') - 1)).toBe('2026-10-24')
  })
})
