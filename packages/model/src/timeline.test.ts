import { describe, expect, it } from 'vitest'
import { closeCourse } from './closing.ts'
import { closeMeeting, createMeeting, openMeeting } from './meeting.ts'
import { changePhase } from './phases.ts'
import { minutes, newCourse, T0 } from './test-fixtures.ts'
import { courseTimeline } from './timeline.ts'

describe('course timeline', () => {
  it('merges phase changes, meetings and records in time order', () => {
    const course = newCourse()
    changePhase(course, 'startup', 'anne', { now: minutes(10) })
    const held = createMeeting(course, { title: 'Første møde', date: '2025-06-01' }, 'anne', minutes(20))
    openMeeting(course, held.id, 'anne', minutes(30))
    closeMeeting(course, held.id, 'anne', minutes(120))
    const planned = createMeeting(course, { title: 'Andet møde', date: '2025-07-01' }, 'anne', minutes(121))
    const records = [
      {
        meetingId: held.id,
        version: 1,
        createdAt: minutes(125),
        approvedAt: minutes(200),
        sentAt: minutes(300),
      },
      { meetingId: held.id, version: 2, createdAt: minutes(400), approvedAt: null, sentAt: null },
    ]
    const timeline = courseTimeline(course, records)
    expect(timeline.map((e) => e.kind)).toEqual([
      'courseCreated',
      'phaseChanged',
      'meeting',
      'recordFrozen',
      'recordApproved',
      'recordSent',
      'recordFrozen',
      'meeting',
    ])
    expect(timeline[0]).toEqual({ kind: 'courseCreated', at: T0 })
    expect(timeline[2]).toMatchObject({ meetingId: held.id, at: minutes(30), status: 'closed' })
    expect(timeline[6]).toMatchObject({ kind: 'recordFrozen', version: 2, meetingTitle: 'Første møde' })
    expect(timeline[7]).toMatchObject({ meetingId: planned.id, at: Date.UTC(2025, 6, 1), status: 'planned' })
  })

  it('shows the closing last when it happens at the same moment as a record', () => {
    const course = newCourse()
    closeCourse(course, { services: [], lifeline: { name: 'Lone' } }, 'anne', minutes(5))
    const kinds = courseTimeline(course, [
      { meetingId: 'gone', version: 1, createdAt: minutes(5), approvedAt: null, sentAt: null },
    ]).map((e) => e.kind)
    expect(kinds).toEqual(['courseCreated', 'recordFrozen', 'courseClosed'])
  })
})
