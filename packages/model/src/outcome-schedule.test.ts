import { describe, expect, it } from 'vitest'
import { dateIn, startOfDay } from './calendar.ts'
import { addDays } from './fields.ts'
import { addMonths, type CourseClock, dueMeasurement } from './outcome-schedule.ts'
import type { PhaseChange } from './phases.ts'

// One clock for the whole file: every date is derived from the day the test runs.
const today = dateIn()
const daysAgo = (days: number) => startOfDay(addDays(today, -days)) + 12 * 3600_000
const clock = (over: Partial<CourseClock> = {}): CourseClock => ({
  createdAt: daysAgo(200),
  phase: 'networkMeetings',
  closed: false,
  phaseChanges: [],
  ...over,
})
const toClosing = (at: number): PhaseChange => ({
  kind: 'change',
  from: 'networkMeetings',
  to: 'closing',
  at,
  by: 'user:u1',
  note: '',
})

describe('addMonths', () => {
  it('keeps the day, or the month’s last day when it has fewer', () => {
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15')
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28')
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29')
  })
})

describe('dueMeasurement', () => {
  it('asks for the start measurement from the course’s first day', () => {
    expect(dueMeasurement(clock(), [], today)).toEqual({ occasion: 'start', since: addDays(today, -200) })
  })

  it('asks again three months after the latest measurement, not before', () => {
    const threeMonthsAgo = addMonths(today, -3)
    const taken = [{ occasion: 'start' as const, answeredAt: startOfDay(threeMonthsAgo) + 3600_000 }]
    // On the 31st three months back and forth can land a few days early; it is due either way.
    expect(dueMeasurement(clock(), taken, today)).toEqual({
      occasion: 'followUp',
      since: addMonths(threeMonthsAgo, 3),
    })
    const recent = [{ occasion: 'start' as const, answeredAt: daysAgo(30) }]
    expect(dueMeasurement(clock(), recent, today)).toBeNull()
  })

  it('asks for the closing measurement once in the closing phase, whatever was answered before it', () => {
    const closing = clock({ phase: 'closing', phaseChanges: [toClosing(daysAgo(5))] })
    const before = [{ occasion: 'start' as const, answeredAt: daysAgo(10) }]
    expect(dueMeasurement(closing, before, today)).toEqual({ occasion: 'closing', since: addDays(today, -5) })
    const after = [...before, { occasion: 'closing' as const, answeredAt: daysAgo(2) }]
    expect(dueMeasurement(closing, after, today)).toBeNull()
  })

  it('asks nothing of a paused or closed course', () => {
    expect(dueMeasurement(clock({ phase: 'paused' }), [], today)).toBeNull()
    expect(dueMeasurement(clock({ closed: true, phase: 'closing' }), [], today)).toBeNull()
  })
})
