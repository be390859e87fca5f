import { describe, expect, it } from 'vitest'
import { createAgreement } from './agreements.ts'
import { ValidationError } from './entity.ts'
import { createMeeting, inviteToMeeting } from './meeting.ts'
import { person } from './party.ts'
import { addPerson, newCourse, T0 } from './test-fixtures.ts'

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
