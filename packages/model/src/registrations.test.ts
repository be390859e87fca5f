import { describe, expect, it } from 'vitest'
import { addAgendaItem } from './agenda.ts'
import { changeAgreementStatus, createAgreement } from './agreements.ts'
import { closeCourse } from './closing.ts'
import { actorOf } from './entity.ts'
import { closeMeeting, createMeeting, inviteToMeeting, markAttendance, openMeeting } from './meeting.ts'
import {
  agendaWithCitizen,
  agreementsAtMeeting,
  courseRegistrations,
  followUpBeforeNextMeeting,
  inviteesChosenByCitizen,
} from './registrations.ts'
import { addPerson, minutes, newCourse } from './test-fixtures.ts'

// Scripted meetings on the fixed test clock (T0 = the course's creation; `minutes(n)` after it).
const coordinator = actorOf('coordinator', 'u1', 'Anne')
const citizenLink = actorOf('citizen', 'link1', 'Jens')
const DAY = 24 * 60

/** A meeting planned at `at`, opened at `opensAt` and closed an hour later. */
function heldMeeting(course: ReturnType<typeof newCourse>, opensAt: number) {
  const meeting = createMeeting(
    course,
    { title: 'Netværksmøde', date: '2025-06-10' },
    coordinator,
    minutes(1),
  )
  return {
    id: meeting.id,
    open: () => openMeeting(course, meeting.id, coordinator, minutes(opensAt)),
    close: () => closeMeeting(course, meeting.id, coordinator, minutes(opensAt + 60)),
  }
}

const get = (course: ReturnType<typeof newCourse>, id: string) => course.meetings.getOrThrow(id)

describe('agenda written with the citizen', () => {
  it('counts a theme the citizen wrote through her link before the meeting', () => {
    const course = newCourse()
    const meeting = heldMeeting(course, DAY)
    addAgendaItem(course, meeting.id, { section: 'themes', title: 'Min bolig' }, citizenLink, minutes(60))
    meeting.open()
    expect(agendaWithCitizen(course, get(course, meeting.id))).toBe('yes')
  })

  it('does not count themes only the coordinator wrote, or the citizen added once the meeting had begun', () => {
    const course = newCourse()
    const meeting = heldMeeting(course, DAY)
    addAgendaItem(course, meeting.id, { section: 'themes', title: 'Økonomi' }, coordinator, minutes(60))
    meeting.open()
    addAgendaItem(course, meeting.id, { section: 'themes', title: 'Ryggen' }, citizenLink, minutes(DAY + 5))
    expect(agendaWithCitizen(course, get(course, meeting.id))).toBe('no')
  })
})

describe('invitees chosen by the citizen', () => {
  it('is yes when she chose every participant, partly for some, and leaves the facilitator out', () => {
    const course = newCourse()
    const meeting = heldMeeting(course, DAY)
    const [a, b, c] = ['Sagsbehandler', 'Søster', 'Koordinator'].map((name) => addPerson(course, name))
    inviteToMeeting(course, meeting.id, { personId: a!, chosenByCitizen: true }, coordinator, minutes(2))
    inviteToMeeting(course, meeting.id, { personId: c!, role: 'facilitator' }, coordinator, minutes(2))
    expect(inviteesChosenByCitizen(get(course, meeting.id))).toBe('yes')
    inviteToMeeting(course, meeting.id, { personId: b! }, coordinator, minutes(3))
    expect(inviteesChosenByCitizen(get(course, meeting.id))).toBe('partly')
  })

  it('is no when the citizen chose none of them', () => {
    const course = newCourse()
    const meeting = heldMeeting(course, DAY)
    inviteToMeeting(course, meeting.id, { personId: addPerson(course, 'Jobcenter') }, coordinator, minutes(2))
    expect(inviteesChosenByCitizen(get(course, meeting.id))).toBe('no')
  })
})

describe('agreements made at the meeting', () => {
  it('counts an agreement made while the meeting was open', () => {
    const course = newCourse()
    const meeting = heldMeeting(course, DAY)
    meeting.open()
    createAgreement(
      course,
      { what: 'Ringe til boligselskabet', meetingId: meeting.id },
      coordinator,
      minutes(DAY + 30),
    )
    meeting.close()
    expect(agreementsAtMeeting(course, get(course, meeting.id))).toBe('yes')
  })

  it('does not count agreements written into the meeting after it closed', () => {
    const course = newCourse()
    const meeting = heldMeeting(course, DAY)
    meeting.open()
    meeting.close()
    createAgreement(
      course,
      { what: 'Søge boligstøtte', meetingId: meeting.id },
      coordinator,
      minutes(2 * DAY),
    )
    expect(agreementsAtMeeting(course, get(course, meeting.id))).toBe('no')
  })
})

describe('follow-up before the next meeting', () => {
  function twoMeetings(reportAt: number) {
    const course = newCourse()
    const first = heldMeeting(course, DAY)
    first.open()
    const agreement = createAgreement(
      course,
      { what: 'Søge boligstøtte', meetingId: first.id },
      coordinator,
      minutes(DAY + 10),
    )
    first.close()
    changeAgreementStatus(course, agreement.id, { to: 'inProgress' }, coordinator, minutes(reportAt))
    const second = heldMeeting(course, 30 * DAY)
    second.open()
    return { course, first: first.id }
  }

  it('counts an agreement reported on between the meetings', () => {
    const { course, first } = twoMeetings(10 * DAY)
    expect(followUpBeforeNextMeeting(course, get(course, first))).toBe('yes')
  })

  it('does not count a report that came only after the next meeting began', () => {
    const { course, first } = twoMeetings(31 * DAY)
    expect(followUpBeforeNextMeeting(course, get(course, first))).toBe('no')
  })

  it('cannot tell while there is no next meeting and the course runs', () => {
    const course = newCourse()
    const only = heldMeeting(course, DAY)
    only.open()
    createAgreement(course, { what: 'Søge boligstøtte', meetingId: only.id }, coordinator, minutes(DAY + 10))
    expect(followUpBeforeNextMeeting(course, get(course, only.id))).toBeNull()
  })
})

describe('per course', () => {
  it('counts held meetings, participants per meeting and the course length', () => {
    const course = newCourse()
    const first = heldMeeting(course, DAY)
    const people = ['A', 'B', 'C'].map((name) => addPerson(course, name))
    for (const personId of people) inviteToMeeting(course, first.id, { personId }, coordinator, minutes(2))
    first.open()
    markAttendance(course, first.id, people[0]!, 'present', coordinator, minutes(DAY + 1))
    markAttendance(course, first.id, people[1]!, 'present', coordinator, minutes(DAY + 1))
    markAttendance(course, first.id, people[2]!, 'absent', coordinator, minutes(DAY + 1))
    first.close()
    heldMeeting(course, 40 * DAY) // planned, never held: not counted
    const running = courseRegistrations(course, '2025-07-01')
    expect(running).toMatchObject({
      meetingsHeld: 1,
      participantsPerMeeting: 2,
      lengthDays: 30,
      closed: false,
    })

    closeCourse(
      course,
      { services: [], lifeline: { name: 'Anne', contact: '' } },
      coordinator,
      minutes(10 * DAY),
    )
    expect(courseRegistrations(course, '2025-07-01')).toMatchObject({ lengthDays: 10, closed: true })
  })
})
