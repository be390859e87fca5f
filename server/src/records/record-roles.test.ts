import { CourseDoc, dateIn } from '@bordenden/model'
import { seedDemoCourse } from '@bordenden/model/demo'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { buildRecordContent } from './record-content.ts'

const options = { municipality: 'Test Kommune', evaluation: null, previous: null }

function demo() {
  const course = new CourseDoc(new Y.Doc(), new Y.Doc())
  seedDemoCourse(course, { today: dateIn() })
  const held = course.meetings.list().find((m) => m.status === 'closed')
  if (!held) throw new Error('the demo has no held meeting')
  return { course, meetingId: held.id }
}

describe("the meeting's roles in the record", () => {
  it('names who led, wrote the minutes and kept time, in the method’s order', () => {
    const { course, meetingId } = demo()
    course.meetings.update(
      meetingId,
      { roles: { facilitator: 'Mette Kragh', minuteTaker: '', timekeeper: 'Lone Madsen' } },
      'test',
    )
    expect(buildRecordContent(course, meetingId, options).meeting.roles).toEqual([
      { duty: 'Mødeleder', name: 'Mette Kragh' },
      { duty: 'Tidsholder', name: 'Lone Madsen' },
    ])
  })

  it('leaves the content as it was for a meeting with no roles named', () => {
    const { course, meetingId } = demo()
    expect('roles' in buildRecordContent(course, meetingId, options).meeting).toBe(false)
  })
})
