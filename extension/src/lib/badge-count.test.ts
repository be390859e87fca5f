import { describe, expect, it } from 'vitest'
import { badgeCounts } from './badge-count.ts'

describe('badgeCounts', () => {
  it('adds overdue agreements and courses with a questionnaire due', () => {
    const due = { occasion: 'followUp' as const, since: '2026-01-01' }
    expect(
      badgeCounts([
        { overdue: 2, measurementDue: null },
        { overdue: 0, measurementDue: due },
        { overdue: 1, measurementDue: due },
      ]),
    ).toEqual({ overdue: 3, measurementsDue: 2, total: 5 })
  })

  it('is zero when nothing waits', () => {
    expect(badgeCounts([{ overdue: 0, measurementDue: null }]).total).toBe(0)
  })
})
