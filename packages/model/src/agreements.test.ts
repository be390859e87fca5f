import { describe, expect, it } from 'vitest'
import {
  changeAgreementStatus,
  createAgreement,
  isIncomplete,
  isOpen,
  isOverdue,
  missingFields,
} from './agreements.ts'
import { ValidationError } from './entity.ts'
import { createGoal } from './goals.ts'
import { closeMeeting, createMeeting, openMeeting } from './meeting.ts'
import { citizen, coordinator, partyName, person } from './party.ts'
import { addPerson, newCourse, T0 } from './test-fixtures.ts'

describe('agreements', () => {
  it('starts as "aftalt" with one history entry', () => {
    const course = newCourse()
    const a = createAgreement(
      course,
      { what: 'Ring til boligselskabet', owner: citizen, dueDate: '2025-06-10' },
      'mette',
      T0,
    )
    expect(a.status).toBe('agreed')
    expect(a.history).toEqual([{ from: null, to: 'agreed', at: T0, by: 'mette', note: '' }])
    expect(a.followUp).toEqual({ who: null, when: null, how: '' })
    expect(isOpen(a)).toBe(true)
  })

  it('is incomplete without what, owner or due date, or without the date of a manager’s answer', () => {
    const course = newCourse()
    const kim = person(addPerson(course, 'Kim'))
    const empty = createAgreement(course, { what: '   ' }, 'test')
    expect(missingFields(empty)).toEqual(['what', 'owner', 'dueDate'])
    expect(isIncomplete(empty)).toBe(true)
    const complete = createAgreement(course, { what: 'Budget', owner: kim, dueDate: '2025-06-10' }, 'test')
    expect(missingFields(complete)).toEqual([])
    expect(isIncomplete(complete)).toBe(false)
    const waiting = course.agreements.update(complete.id, { needsManagerDecision: true }, 'test')
    expect(missingFields(waiting)).toEqual(['managerAnswerBy'])
    const answered = course.agreements.update(complete.id, { managerAnswerBy: '2025-06-05' }, 'test')
    expect(isIncomplete(answered)).toBe(false)
  })

  it('appends every status change to the history, with who, when and note', () => {
    const course = newCourse()
    const { id } = createAgreement(
      course,
      { what: 'Budget', owner: citizen, dueDate: '2025-06-10' },
      'mette',
      T0,
    )
    changeAgreementStatus(course, id, { to: 'inProgress' }, 'kim', T0 + 1)
    changeAgreementStatus(
      course,
      id,
      { to: 'changed', note: 'Ny dato', changes: { dueDate: '2025-06-20' } },
      'mette',
      T0 + 2,
    )
    const done = changeAgreementStatus(course, id, { to: 'done' }, 'kim', T0 + 3)
    expect(done.status).toBe('done')
    expect(done.dueDate).toBe('2025-06-20')
    expect(done.history.map((h) => [h.from, h.to, h.by, h.at, h.note])).toEqual([
      [null, 'agreed', 'mette', T0, ''],
      ['agreed', 'inProgress', 'kim', T0 + 1, ''],
      ['inProgress', 'changed', 'mette', T0 + 2, 'Ny dato'],
      ['changed', 'done', 'kim', T0 + 3, ''],
    ])
    expect(isOpen(done)).toBe(false)
  })

  it('refuses a change without the note it needs, or to the same status, and changes nothing', () => {
    const course = newCourse()
    const { id } = createAgreement(course, { what: 'Seng', owner: citizen }, 'test')
    expect(() => changeAgreementStatus(course, id, { to: 'abandoned', note: ' ' }, 'test')).toThrow(
      /needs a note/,
    )
    expect(() => changeAgreementStatus(course, id, { to: 'changed' }, 'test')).toThrow(ValidationError)
    expect(() => changeAgreementStatus(course, id, { to: 'agreed' }, 'test')).toThrow(/is already agreed/)
    expect(() =>
      changeAgreementStatus(
        course,
        id,
        { to: 'changed', note: 'x', changes: { dueDate: '2025-02-31' } },
        'test',
      ),
    ).toThrow(/dueDate/)
    expect(course.agreements.getOrThrow(id)).toMatchObject({ status: 'agreed', dueDate: null })
    expect(course.agreements.getOrThrow(id).history).toHaveLength(1)
  })

  it('does not let a status change bypass the history', () => {
    const course = newCourse()
    const { id } = createAgreement(course, { what: 'Seng', owner: citizen }, 'test')
    expect(() => course.agreements.update(id, { status: 'done' }, 'test')).toThrow(
      /status: a status change must be recorded in the history/,
    )
    expect(course.agreements.getOrThrow(id).status).toBe('agreed')
  })

  it('may be followed up by the course’s coordinator, named from the course or as the role', () => {
    const course = newCourse()
    const a = createAgreement(
      course,
      { what: 'x', followUp: { who: coordinator, when: '2025-06-01' } },
      'test',
    )
    expect(course.agreements.getOrThrow(a.id).followUp.who).toEqual({ kind: 'coordinator' })
    expect(partyName(course, coordinator)).toBe('Koordinatoren')
    expect(partyName(course, coordinator, 'en')).toBe('The coordinator')
    course.updateMeta({ coordinator: { name: 'Mette Kragh', phone: '' } })
    expect(partyName(course, coordinator)).toBe('Mette Kragh')
    // Only the follow-up: the coordinator owns no agreement (she is not at the table as a party).
    expect(() =>
      course.agreements.update(a.id, { owner: coordinator as unknown as typeof citizen }, 'test'),
    ).toThrow(ValidationError)
  })

  it('refers only to people, goals and meetings that exist', () => {
    const course = newCourse()
    expect(() => createAgreement(course, { what: 'x', owner: person('ghost') }, 'test')).toThrow(
      /owner: no person with id ghost/,
    )
    expect(() =>
      createAgreement(course, { what: 'x', followUp: { who: person('ghost'), when: '2025-06-01' } }, 'test'),
    ).toThrow(/followUp.who/)
    expect(() => createAgreement(course, { what: 'x', goalId: 'nope' }, 'test')).toThrow(
      /goalId: no such goal/,
    )
    expect(() => createAgreement(course, { what: 'x', meetingId: 'nope' }, 'test')).toThrow(/meetingId/)
    expect(course.agreements.list()).toEqual([])
  })

  it('blocks deleting a goal that agreements serve', () => {
    const course = newCourse()
    const goal = course.goals.create({ text: 'Jeg vil blive boende', lifeArea: 'housing' }, 'test')
    const { id } = createAgreement(course, { what: 'Afdrag', goalId: goal.id }, 'test')
    expect(() => course.goals.delete(goal.id)).toThrow(/1 agreement\(s\) serve this goal/)
    course.agreements.delete(id)
    course.goals.delete(goal.id)
    expect(course.goals.list()).toEqual([])
  })

  it('is overdue only while it is still to be kept', () => {
    const course = newCourse()
    const late = createAgreement(
      course,
      { what: 'Budget', owner: citizen, dueDate: '2025-06-10' },
      'test',
      T0,
    )
    expect([isOverdue(late, '2025-06-10'), isOverdue(late, '2025-06-11')]).toEqual([false, true])
    const changed = changeAgreementStatus(course, late.id, { to: 'delayed' }, 'test', T0 + 1)
    expect(isOverdue(changed, '2025-06-11')).toBe(true)
    const done = changeAgreementStatus(course, late.id, { to: 'done' }, 'test', T0 + 2)
    expect(isOverdue(done, '2025-06-11')).toBe(false)
    const dropped = createAgreement(course, { what: 'Seng', dueDate: '2025-06-01' }, 'test', T0)
    const abandoned = changeAgreementStatus(course, dropped.id, { to: 'abandoned', note: 'Fik en' }, 'test')
    expect(isOverdue(abandoned, '2025-06-11')).toBe(false)
    expect(isOverdue(createAgreement(course, { what: 'Uden dato' }, 'test'), '2030-01-01')).toBe(false)
  })

  it('records a goal or an agreement made while a meeting is open as made in that meeting', () => {
    const course = newCourse()
    const meeting = createMeeting(course, { title: 'M', date: '2025-06-01' }, 'test', T0)
    const before = createGoal(course, { text: 'Før mødet', lifeArea: 'housing' }, 'test')
    openMeeting(course, meeting.id, 'test')
    const during = createGoal(course, { text: 'På mødet', lifeArea: 'housing' }, 'test')
    const agreed = createAgreement(course, { what: 'Ringe', goalId: during.id }, 'test')
    const elsewhere = createGoal(
      course,
      { text: 'Fra sidst', lifeArea: 'other', createdInMeetingId: null },
      'test',
    )
    closeMeeting(course, meeting.id, 'test')
    const after = createAgreement(course, { what: 'Bagefter' }, 'test')
    expect([before, during, elsewhere].map((g) => g.createdInMeetingId)).toEqual([null, meeting.id, null])
    expect([agreed.meetingId, after.meetingId]).toEqual([meeting.id, null])
  })
})
