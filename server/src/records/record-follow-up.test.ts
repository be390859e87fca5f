import { CourseDoc, coordinator, dateIn } from '@bordenden/model'
import { seedDemoCourse } from '@bordenden/model/demo'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { agreementSummary } from '../api/agreement-summary.ts'
import { buildRecordContent } from './record-content.ts'

const options = { municipality: 'Test Kommune', evaluation: null, previous: null }

/** The demo course, its held meeting, and one of that meeting's agreements followed up by the coordinator. */
function followedUpByCoordinator() {
  const course = new CourseDoc(new Y.Doc(), new Y.Doc())
  seedDemoCourse(course, { today: dateIn() })
  const held = course.meetings.list().find((m) => m.status === 'closed')!
  const agreement = course.agreements.list().find((a) => a.meetingId === held.id)!
  course.agreements.update(agreement.id, { followUp: { ...agreement.followUp, who: coordinator } }, 'test')
  return { course, meetingId: held.id, agreementId: agreement.id }
}

describe('an agreement followed up by the course’s coordinator', () => {
  it('names her in the record and the follow-up lists, or her role when the course names nobody', () => {
    const { course, meetingId, agreementId } = followedUpByCoordinator()
    const inRecord = () =>
      buildRecordContent(course, meetingId, options).agreements.find((a) => a.id === agreementId)
    // The demo names its coordinator.
    expect(inRecord()?.followUp.who).toBe('Mette Kragh')
    expect(agreementSummary(course, course.agreements.getOrThrow(agreementId)).followUp.who).toBe(
      'Mette Kragh',
    )
    course.updateMeta({ coordinator: null })
    expect(inRecord()?.followUp.who).toBe('Koordinatoren')
  })
})
