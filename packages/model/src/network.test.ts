import { describe, expect, it } from 'vitest'
import { createAgreement } from './agreements.ts'
import { ValidationError } from './entity.ts'
import {
  closeMeeting,
  createMeeting,
  inviteToMeeting,
  markAttendance,
  openMeeting,
  uninvite,
} from './meeting.ts'
import { person } from './party.ts'
import { addPerson, newCourse, replica, sync, T0 } from './test-fixtures.ts'

describe('network people', () => {
  it('fills defaults for a person given only name and sector', () => {
    const course = newCourse()
    const p = course.people.create({ name: ' Lone Madsen ', sector: 'family' }, 'test', T0)
    expect(p).toMatchObject({
      name: 'Lone Madsen',
      ring: 'middle',
      excludedByCitizen: false,
      consent: { status: 'notAsked', date: null, note: '' },
      contact: { phone: '', email: '', other: '' },
    })
  })

  it.each([
    [{ name: '', sector: 'family' }, /name: must not be empty/],
    [{ name: 'X', sector: 'neighbours' }, /sector: /],
    [{ name: 'X', sector: 'family', contact: { email: 'not-mail' } }, /contact.email: not an e-mail address/],
    [{ name: 'X', sector: 'family', consent: { status: 'given' } }, /consent.date: a consent needs the date/],
    [
      { name: 'X', sector: 'family', consent: { status: 'limited', date: '2025-01-02' } },
      /consent.note: a limited consent must say what may be shared/,
    ],
    [{ name: 'X', sector: 'family', consent: { status: 'given', date: '2025-02-30' } }, /YYYY-MM-DD/],
  ])('rejects %j', (input, message) => {
    const course = newCourse()
    // biome-ignore lint/suspicious/noExplicitAny: deliberately invalid input
    expect(() => course.people.create(input as any, 'test')).toThrow(message)
    expect(course.people.list()).toEqual([])
  })

  it('cannot invite someone the citizen does not want involved', () => {
    const course = newCourse()
    const torben = course.people.create({ name: 'Torben', sector: 'family', excludedByCitizen: true }, 'test')
    const meeting = createMeeting(course, { title: 'M', date: '2025-06-01' }, 'test')
    expect(() => inviteToMeeting(course, meeting.id, { personId: torben.id }, 'test')).toThrow(
      /the citizen does not want Torben involved/,
    )
    expect(course.meetings.getOrThrow(meeting.id).invitees).toEqual([])
  })

  it('takes an excluded person off the planned meetings in the same change; held meetings keep them', () => {
    const course = newCourse()
    const kim = addPerson(course, 'Kim')
    const lone = addPerson(course, 'Lone')
    const held = createMeeting(course, { title: 'Held', date: '2025-05-01' }, 'test', T0)
    const running = createMeeting(course, { title: 'Running', date: '2025-06-01' }, 'test', T0)
    const planned = createMeeting(course, { title: 'Planned', date: '2025-07-01' }, 'test', T0)
    for (const { id } of [held, running, planned]) {
      inviteToMeeting(course, id, { personId: kim }, 'test', T0)
      inviteToMeeting(course, id, { personId: lone }, 'test', T0)
    }
    openMeeting(course, held.id, 'test', T0)
    closeMeeting(course, held.id, 'test', T0)
    openMeeting(course, running.id, 'test', T0)
    markAttendance(course, running.id, kim, 'present', 'test', T0)
    let transactions = 0
    course.doc.on('afterTransaction', () => transactions++)

    course.people.update(kim, { excludedByCitizen: true }, 'anne', T0 + 1000)

    expect(transactions).toBe(1)
    const invited = (id: string) => course.meetings.getOrThrow(id).invitees.map((i) => i.personId)
    expect(invited(planned.id)).toEqual([lone])
    expect(course.meetings.getOrThrow(planned.id)).toMatchObject({ updatedBy: 'anne', updatedAt: T0 + 1000 })
    expect(invited(held.id)).toEqual([kim, lone])
    expect(invited(running.id)).toEqual([kim, lone])
    // Every meeting takes writes afterwards: attendance, opening, ending.
    markAttendance(course, planned.id, lone, 'sentWord', 'test')
    markAttendance(course, running.id, lone, 'present', 'test')
    markAttendance(course, running.id, kim, 'absent', 'test')
    closeMeeting(course, running.id, 'test')
    openMeeting(course, planned.id, 'test')
    expect(() => inviteToMeeting(course, planned.id, { personId: kim }, 'test')).toThrow(
      /the citizen does not want Kim involved/,
    )
  })

  it('lets a planned meeting be mended that invited someone excluded on another screen at the same moment', () => {
    const merged = () => {
      const course = newCourse()
      const kim = addPerson(course, 'Kim')
      const meeting = createMeeting(course, { title: 'M', date: '2025-07-01' }, 'test', T0)
      const other = replica(course)
      inviteToMeeting(other, meeting.id, { personId: kim }, 'test', T0)
      course.people.update(kim, { excludedByCitizen: true }, 'anne', T0)
      sync(course, other)
      expect(course.meetings.getOrThrow(meeting.id).invitees.map((i) => i.personId)).toEqual([kim])
      return { course, kim, meetingId: meeting.id }
    }
    // The invite list shows Kim, so the coordinator can take him off;
    const first = merged()
    uninvite(first.course, first.meetingId, first.kim, 'test')
    expect(first.course.meetings.getOrThrow(first.meetingId).invitees).toEqual([])
    // and any later change to Kim does it too.
    const second = merged()
    second.course.people.update(second.kim, { role: 'Bror' }, 'anne')
    expect(second.course.meetings.getOrThrow(second.meetingId).invitees).toEqual([])
  })

  it('cannot delete a person who is invited or named in an agreement', () => {
    const course = newCourse()
    const invited = addPerson(course, 'Kim')
    const owner = addPerson(course, 'Rikke')
    const free = addPerson(course, 'Birthe')
    const meeting = createMeeting(course, { title: 'M', date: '2025-06-01' }, 'test')
    inviteToMeeting(course, meeting.id, { personId: invited }, 'test')
    createAgreement(course, { what: 'Ring', owner: person(owner) }, 'test')
    expect(() => course.people.delete(invited)).toThrow(/is invited to the meeting "M"/)
    expect(() => course.people.delete(owner)).toThrow(ValidationError)
    course.people.delete(free)
    expect(
      course.people
        .list()
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Kim', 'Rikke'])
  })
})
