import { describe, expect, it } from 'vitest'
import { closeCourse, closureOf, reopenCourse } from './closing.ts'
import { ValidationError } from './entity.ts'
import { createMeeting, openMeeting } from './meeting.ts'
import { changePhase, isCourseClosed, phaseHistory } from './phases.ts'
import { addPerson, minutes, newCourse } from './test-fixtures.ts'

const input = {
  services: [
    { what: 'Hjemmepleje morgen og aften', provider: 'Hjemmeplejen', contact: '70 11 22 33' },
    { what: 'Samtaler i psykiatrien' },
  ],
  lifeline: { name: 'Lone, søster', contact: '20 30 40 50' },
  note: 'Jens klarer resten selv',
}

describe('closing a course', () => {
  it('records the services the citizen coordinates alone and the lifeline, and moves to the closing phase', () => {
    const course = newCourse()
    changePhase(course, 'networkMeetings', 'anne', { now: minutes(1) })
    const closure = closeCourse(course, input, 'anne', minutes(2))
    expect(closure).toMatchObject({
      closedAt: minutes(2),
      closedBy: 'anne',
      lifeline: { personId: null, name: 'Lone, søster' },
    })
    expect(closure.services[1]).toEqual({ what: 'Samtaler i psykiatrien', provider: '', contact: '' })
    expect(closureOf(course)).toEqual(closure)
    expect(isCourseClosed(course)).toBe(true)
    expect(course.readMeta()?.phase).toBe('closing')
    expect(phaseHistory(course).at(-1)).toMatchObject({
      kind: 'closed',
      from: 'networkMeetings',
      to: 'closing',
    })
  })

  it('refuses a closing without a named lifeline, with a blank or duplicate service, and writes nothing', () => {
    const course = newCourse()
    const bad = [
      { ...input, lifeline: { name: '  ' } },
      { ...input, services: [{ what: '' }] },
      { ...input, services: [{ what: 'Hjemmepleje' }, { what: 'hjemmepleje' }] },
      { services: [], lifeline: undefined } as never,
    ]
    for (const b of bad) expect(() => closeCourse(course, b, 'anne')).toThrow(ValidationError)
    expect(isCourseClosed(course)).toBe(false)
    expect(phaseHistory(course)).toEqual([])
  })

  it('takes a lifeline from the network, but not someone the citizen excluded', () => {
    const course = newCourse()
    const lone = addPerson(course, 'Lone', 'family')
    const excluded = addPerson(course, 'Kurt', 'municipal')
    course.people.update(excluded, { excludedByCitizen: true }, 'anne')
    expect(() =>
      closeCourse(course, { ...input, lifeline: { personId: excluded, name: 'Kurt' } }, 'anne'),
    ).toThrow(/does not want Kurt/)
    expect(() =>
      closeCourse(course, { ...input, lifeline: { personId: 'ghost', name: 'X' } }, 'anne'),
    ).toThrow(/no such person/)
    expect(
      closeCourse(course, { ...input, lifeline: { personId: lone, name: 'Lone' } }, 'anne').lifeline.personId,
    ).toBe(lone)
  })

  it('refuses to close while a meeting is open, or twice', () => {
    const course = newCourse()
    const meeting = createMeeting(course, { title: 'Afslutningsmøde', date: '2025-06-01' }, 'anne')
    openMeeting(course, meeting.id, 'anne')
    expect(() => closeCourse(course, input, 'anne')).toThrow(/still open/)
    course.meetings.update(meeting.id, { status: 'closed' }, 'anne')
    closeCourse(course, input, 'anne')
    expect(() => closeCourse(course, input, 'anne')).toThrow(/already closed/)
  })

  it('keeps the phase still while closed, and reopens only with a reason', () => {
    const course = newCourse()
    closeCourse(course, input, 'anne', minutes(1))
    expect(() => changePhase(course, 'networkMeetings', 'anne')).toThrow(/reopen it first/)
    expect(() => reopenCourse(course, 'networkMeetings', ' ', 'anne')).toThrow(/why/)
    const reopened = reopenCourse(course, 'networkMeetings', 'Ny krise', 'anne', minutes(2))
    expect(reopened).toMatchObject({ kind: 'reopened', from: 'closing', to: 'networkMeetings' })
    expect(closureOf(course)).toBeNull()
    expect(course.readMeta()?.phase).toBe('networkMeetings')
    expect(() => reopenCourse(course, 'startup', 'igen', 'anne')).toThrow(/not closed/)
  })
})
