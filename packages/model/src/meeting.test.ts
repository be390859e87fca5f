import { describe, expect, it } from 'vitest'
import { agendaOf, defaultAgendaTemplate } from './agenda.ts'
import { ValidationError } from './entity.ts'
import {
  closeMeeting,
  createMeeting,
  deleteMeeting,
  inviteToMeeting,
  markAttendance,
  meetingInFocus,
  meetingsByDate,
  moveInvitee,
  openMeeting,
  uninvite,
} from './meeting.ts'
import { parkTopic } from './parking.ts'
import { addPerson, newCourse, T0 } from './test-fixtures.ts'

describe('planning a meeting', () => {
  it('gets the fixed agenda with the citizen’s themes between opening and closing items (the first, no follow-up)', () => {
    const course = newCourse()
    const meeting = createMeeting(
      course,
      { title: 'M1', date: '2025-06-01', themes: ['Bolig', 'Ryggen'] },
      'test',
      T0,
    )
    expect(meeting).toMatchObject({ status: 'planned', currentItemId: null, invitees: [], place: '' })
    expect(meeting.frame).toEqual({
      durationMinutes: 90,
      breaks: '',
      sensitiveTopics: [],
      topicsNotToDiscuss: [],
    })
    expect(agendaOf(course, meeting.id).map((i) => [i.section, i.title])).toEqual([
      ['opening', 'Velkomst og formål'],
      ['themes', 'Bolig'],
      ['themes', 'Ryggen'],
      ['closing', 'Opsummering: hvem gør hvad hvornår'],
      ['closing', 'Evaluering'],
    ])
  })

  it('takes a municipality’s own agenda template', () => {
    const course = newCourse()
    const template = { name: 'Furesø', opening: [{ title: 'Kontrakt: formål, indhold, form' }], closing: [] }
    const meeting = createMeeting(
      course,
      { title: 'M', date: '2025-06-01', themes: ['Job'] },
      'test',
      T0,
      template,
    )
    expect(agendaOf(course, meeting.id).map((i) => i.title)).toEqual([
      'Kontrakt: formål, indhold, form',
      'Job',
    ])
  })

  it.each([
    [{ title: 'M', date: '2025-13-01' }, defaultAgendaTemplate, /meeting: date/],
    [
      { title: 'M', date: '2025-06-01', themes: ['  '] },
      defaultAgendaTemplate,
      /theme: 0: must not be empty/,
    ],
    [
      { title: 'M', date: '2025-06-01' },
      { name: 'x', opening: [{ title: '' }], closing: [] },
      /agenda template/,
    ],
    [
      { title: 'M', date: '2025-06-01', frame: { durationMinutes: 2 } },
      defaultAgendaTemplate,
      /frame.durationMinutes/,
    ],
  ])('rejects bad input and writes nothing: %j', (input, template, message) => {
    const course = newCourse()
    expect(() => createMeeting(course, input, 'test', T0, template)).toThrow(message)
    expect(course.meetings.list()).toEqual([])
    expect(course.agendaItems.list()).toEqual([])
  })

  it('keeps invitees in invite order, once each, and can reorder them', () => {
    const course = newCourse()
    const [a, b, c] = ['A', 'B', 'C'].map((n) => addPerson(course, n)) as [string, string, string]
    const { id } = createMeeting(course, { title: 'M', date: '2025-06-01' }, 'test')
    for (const personId of [a, b, c]) inviteToMeeting(course, id, { personId, chosenByCitizen: true }, 'test')
    expect(() => inviteToMeeting(course, id, { personId: b }, 'test')).toThrow(
      /invitees.3.personId: is invited twice/,
    )
    expect(() => inviteToMeeting(course, id, { personId: 'ghost' }, 'test')).toThrow(
      /no person with id ghost/,
    )
    moveInvitee(course, id, c, 0, 'test')
    uninvite(course, id, a, 'test')
    const invitees = course.meetings.getOrThrow(id).invitees
    expect(invitees.map((i) => i.personId)).toEqual([c, b])
    expect(invitees.every((i) => i.chosenByCitizen && i.attendance === 'notRecorded')).toBe(true)
  })
})

describe('holding a meeting', () => {
  it('opens at the first agenda item and closes; only one meeting is open at a time', () => {
    const course = newCourse()
    const m1 = createMeeting(course, { title: 'M1', date: '2025-06-01' }, 'test', T0)
    const m2 = createMeeting(course, { title: 'M2', date: '2025-07-01' }, 'test', T0)
    const opened = openMeeting(course, m1.id, 'test', T0 + 10)
    expect(opened).toMatchObject({ status: 'open', openedAt: T0 + 10, currentItemSince: T0 + 10 })
    expect(opened.currentItemId).toBe(agendaOf(course, m1.id)[0]?.id)
    expect(() => openMeeting(course, m2.id, 'test')).toThrow(/another meeting is open: "M1"/)
    expect(() => closeMeeting(course, m2.id, 'test')).toThrow(/only an open meeting can be closed/)
    expect(closeMeeting(course, m1.id, 'test', T0 + 20)).toMatchObject({
      status: 'closed',
      closedAt: T0 + 20,
    })
    expect(openMeeting(course, m2.id, 'test').status).toBe('open')
  })

  it('records attendance; before the meeting only sent word', () => {
    const course = newCourse()
    const kim = addPerson(course, 'Kim')
    const lone = addPerson(course, 'Lone')
    const { id } = createMeeting(course, { title: 'M', date: '2025-06-01' }, 'test')
    inviteToMeeting(course, id, { personId: kim }, 'test')
    inviteToMeeting(course, id, { personId: lone }, 'test')
    markAttendance(course, id, lone, 'sentWord', 'test')
    expect(() => markAttendance(course, id, kim, 'present', 'test')).toThrow(ValidationError)
    openMeeting(course, id, 'test')
    markAttendance(course, id, kim, 'present', 'test')
    expect(() => markAttendance(course, id, addPerson(course, 'X'), 'present', 'test')).toThrow(
      /is not invited/,
    )
    expect(course.meetings.getOrThrow(id).invitees.map((i) => i.attendance)).toEqual(['present', 'sentWord'])
  })

  it('keeps the invitees of a closed meeting as they were', () => {
    const course = newCourse()
    const kim = addPerson(course, 'Kim')
    const { id } = createMeeting(course, { title: 'M', date: '2025-06-01' }, 'test')
    inviteToMeeting(course, id, { personId: kim }, 'test')
    openMeeting(course, id, 'test')
    closeMeeting(course, id, 'test')
    expect(() => inviteToMeeting(course, id, { personId: addPerson(course, 'Y') }, 'test')).toThrow(/closed/)
    expect(() => uninvite(course, id, kim, 'test')).toThrow(/closed/)
    expect(() => moveInvitee(course, id, kim, 0, 'test')).toThrow(/closed/)
    // Excluding someone later does not make the history of a held meeting invalid.
    course.people.update(kim, { excludedByCitizen: true }, 'test')
    expect(course.meetings.get(id)?.invitees).toHaveLength(1)
  })

  it('deletes only a planned meeting, with its agenda and parking lot', () => {
    const course = newCourse()
    const planned = createMeeting(course, { title: 'P', date: '2025-07-01' }, 'test')
    parkTopic(course, planned.id, { text: 'Tandlæge' }, 'test')
    const held = createMeeting(course, { title: 'H', date: '2025-06-01' }, 'test')
    openMeeting(course, held.id, 'test')
    expect(() => deleteMeeting(course, held.id)).toThrow(/only a planned meeting can be deleted/)
    deleteMeeting(course, planned.id)
    expect(course.meetings.list().map((m) => m.title)).toEqual(['H'])
    expect(agendaOf(course, planned.id)).toEqual([])
    expect(course.parkedTopics.list()).toEqual([])
  })

  it('lists meetings by date', () => {
    const course = newCourse()
    createMeeting(course, { title: 'later', date: '2025-08-01' }, 'test', T0)
    createMeeting(course, { title: 'earlier', date: '2025-02-01' }, 'test', T0 + 1)
    expect(meetingsByDate(course).map((m) => m.title)).toEqual(['earlier', 'later'])
  })
})

describe('the meeting the boards show', () => {
  it('is the open meeting, else the next planned one, else the latest held one', () => {
    const course = newCourse()
    expect(meetingInFocus(course, '2025-06-15')).toBeUndefined()
    const held = createMeeting(course, { title: 'Held', date: '2025-05-01' }, 'test', T0)
    openMeeting(course, held.id, 'test', T0)
    closeMeeting(course, held.id, 'test', T0)
    expect(meetingInFocus(course, '2025-06-15')?.id).toBe(held.id)
    const later = createMeeting(course, { title: 'Later', date: '2025-08-01' }, 'test', T0)
    const next = createMeeting(course, { title: 'Next', date: '2025-07-01' }, 'test', T0)
    expect(meetingInFocus(course, '2025-06-15')?.id).toBe(next.id)
    openMeeting(course, later.id, 'test', T0)
    expect(meetingInFocus(course, '2025-06-15')?.id).toBe(later.id)
  })

  it('looks back on a planned meeting whose day has passed when nothing lies ahead', () => {
    const course = newCourse()
    const missed = createMeeting(course, { title: 'Missed', date: '2025-05-01' }, 'test', T0)
    expect(meetingInFocus(course, '2025-06-15')?.id).toBe(missed.id)
  })
})
