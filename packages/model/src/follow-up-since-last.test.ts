import { describe, expect, it } from 'vitest'
import { agendaOf } from './agenda.ts'
import { changeAgreementStatus, createAgreement } from './agreements.ts'
import { followUpSinceLast } from './follow-up-since-last.ts'
import { closeMeeting, createMeeting, openMeeting } from './meeting.ts'
import { carryForward, parkTopic } from './parking.ts'
import { citizen } from './party.ts'
import { newCourse, T0 } from './test-fixtures.ts'

const followUpTitles = (course: ReturnType<typeof newCourse>, meetingId: string) =>
  agendaOf(course, meetingId)
    .filter((item) => item.followUp)
    .map((item) => item.title)

describe('Opfølgning siden sidst', () => {
  it('is left out of the first meeting and on the agenda of the ones after it', () => {
    const course = newCourse()
    const first = createMeeting(course, { title: 'Første', date: '2025-06-01' }, 'test', T0)
    const second = createMeeting(course, { title: 'Andet', date: '2025-07-01' }, 'test', T0)
    expect(followUpTitles(course, first.id)).toEqual([])
    expect(agendaOf(course, first.id).map((i) => i.title)).not.toContain('Opfølgning siden sidst')
    expect(followUpTitles(course, second.id)).toEqual(['Opfølgning siden sidst'])
  })

  it('lists the open agreements with their latest status and the topics still parked', () => {
    const course = newCourse()
    const first = createMeeting(course, { title: 'Første', date: '2025-06-01' }, 'test', T0)
    openMeeting(course, first.id, 'test', T0)
    const kept = createAgreement(
      course,
      { what: 'Ringe til lægen', owner: citizen, dueDate: '2025-06-10' },
      'test',
      T0,
    )
    const delayed = createAgreement(
      course,
      { what: 'Søge boligstøtte', owner: citizen, dueDate: '2025-06-20' },
      'test',
      T0,
    )
    const done = createAgreement(course, { what: 'Finde papirer', owner: citizen }, 'test', T0)
    const parked = parkTopic(course, first.id, { text: 'Tandpine' }, 'test', T0)
    const handled = parkTopic(course, first.id, { text: 'Cyklen' }, 'test', T0)
    course.parkedTopics.update(handled.id, { status: 'handled' }, 'test', T0)
    const carried = parkTopic(course, first.id, { text: 'Skolen' }, 'test', T0)
    closeMeeting(course, first.id, 'test', T0 + 1)
    const second = createMeeting(course, { title: 'Andet', date: '2025-07-01' }, 'test', T0 + 2)
    carryForward(course, carried.id, second.id, 'test', T0 + 3)
    // Reported between the meetings, after the second was planned: the item shows it.
    changeAgreementStatus(course, delayed.id, { to: 'delayed', note: 'Venter på svar' }, 'test', T0 + 4)
    changeAgreementStatus(course, done.id, { to: 'done' }, 'test', T0 + 5)

    const since = followUpSinceLast(course, second.id)
    expect(since.agreements.map((a) => [a.what, a.status, a.history.at(-1)?.note])).toEqual([
      ['Ringe til lægen', 'agreed', ''],
      ['Søge boligstøtte', 'delayed', 'Venter på svar'],
    ])
    expect(since.agreements.map((a) => a.id)).toEqual([kept.id, delayed.id])
    expect(since.parkedTopics.map((t) => t.id)).toEqual([parked.id])
    // The first meeting has nothing before it.
    expect(followUpSinceLast(course, first.id)).toEqual({ agreements: [], parkedTopics: [] })
  })
})
