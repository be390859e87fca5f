import { agendaOf } from './agenda.ts'
import { dateIn } from './calendar.ts'
import { closureOf } from './closing.ts'
import type { CourseDoc } from './course.ts'
import { type Actor, describeActor } from './entity.ts'
import type { IsoDate } from './fields.ts'
import { type Meeting, meetingsByDate } from './meeting.ts'

/**
 * The evaluation's registrations per meeting (seed 001: agenda written with the citizen, invitees chosen by
 * the citizen, agreement form filled in at the meeting, follow-up on the deliveries), derived from what
 * happened on the board instead of typed in twice. Each answer is yes, partly or no, or null when the
 * meeting cannot be judged yet. The definitions are in the README ("Registrations").
 */

export type Registration = 'yes' | 'partly' | 'no' | null

export interface MeetingRegistrations {
  meetingId: string
  date: IsoDate
  agendaWithCitizen: Registration
  inviteesChosenByCitizen: Registration
  agreementsAtMeeting: Registration
  followUpBeforeNextMeeting: Registration
  /** Invitees marked present, or every invitee when attendance was not recorded. */
  participants: number
}

const byCitizen = (actor: Actor) => describeActor(actor).role === 'citizen'

/** Of `count` things, how many `hits`: all is yes, some is partly, none is no; nothing to count is null. */
function share(hits: number, count: number): Registration {
  if (count === 0) return null
  return hits === count ? 'yes' : hits > 0 ? 'partly' : 'no'
}

const held = (m: Meeting) => m.status !== 'planned' && m.openedAt !== null

/** Yes when the citizen (through her own link) wrote or last changed a theme of the agenda before the meeting opened. */
export function agendaWithCitizen(course: CourseDoc, meeting: Meeting): Registration {
  if (!held(meeting)) return null
  const opened = meeting.openedAt ?? 0
  const themes = agendaOf(course, meeting.id).filter((item) => item.section === 'themes')
  const hers = themes.some(
    (item) =>
      (byCitizen(item.createdBy) && item.createdAt < opened) ||
      (byCitizen(item.updatedBy) && item.updatedAt < opened),
  )
  return hers ? 'yes' : 'no'
}

/** Of the people invited as participants (not the facilitator), the share the citizen chose. */
export function inviteesChosenByCitizen(meeting: Meeting): Registration {
  const invited = meeting.invitees.filter((i) => i.role === 'participant')
  return share(invited.filter((i) => i.chosenByCitizen).length, invited.length)
}

/** Yes when at least one agreement of the meeting was made while it was open, no when none was. */
export function agreementsAtMeeting(course: CourseDoc, meeting: Meeting): Registration {
  if (!held(meeting)) return null
  const opened = meeting.openedAt ?? 0
  const closed = meeting.closedAt ?? Number.POSITIVE_INFINITY
  const made = course.agreements
    .list()
    .some((a) => a.meetingId === meeting.id && a.createdAt >= opened && a.createdAt <= closed)
  return made ? 'yes' : 'no'
}

/**
 * Of the meeting's agreements, the share whose status was reported on (a change after it was agreed)
 * before the next meeting opened. Null until there is a next meeting or the course is closed, and for a
 * meeting without agreements.
 */
export function followUpBeforeNextMeeting(course: CourseDoc, meeting: Meeting): Registration {
  if (!held(meeting)) return null
  const later = meetingsByDate(course).filter((m) => held(m) && (m.openedAt ?? 0) > (meeting.openedAt ?? 0))
  const deadline = later[0]?.openedAt ?? closureOf(course)?.closedAt ?? null
  if (deadline === null) return null
  const agreements = course.agreements.list().filter((a) => a.meetingId === meeting.id)
  const followed = agreements.filter((a) => a.history.slice(1).some((change) => change.at < deadline))
  return share(followed.length, agreements.length)
}

function participants(meeting: Meeting): number {
  const present = meeting.invitees.filter((i) => i.attendance === 'present').length
  const recorded = meeting.invitees.some((i) => i.attendance !== 'notRecorded')
  return recorded ? present : meeting.invitees.length
}

export function meetingRegistrations(course: CourseDoc, meeting: Meeting): MeetingRegistrations {
  return {
    meetingId: meeting.id,
    date: meeting.date,
    agendaWithCitizen: agendaWithCitizen(course, meeting),
    inviteesChosenByCitizen: inviteesChosenByCitizen(meeting),
    agreementsAtMeeting: agreementsAtMeeting(course, meeting),
    followUpBeforeNextMeeting: followUpBeforeNextMeeting(course, meeting),
    participants: participants(meeting),
  }
}

export interface CourseRegistrations {
  /** Held meetings, oldest first. */
  meetings: MeetingRegistrations[]
  meetingsHeld: number
  /** Mean participants per held meeting; null without one. */
  participantsPerMeeting: number | null
  /** Days from the course's creation to its closing, or to `today` while it runs. */
  lengthDays: number
  closed: boolean
}

const DAY = 86_400_000

export function courseRegistrations(
  course: CourseDoc,
  today: IsoDate = dateIn(),
): CourseRegistrations | null {
  const meta = course.readMeta()
  if (!meta) return null
  const meetings = meetingsByDate(course)
    .filter(held)
    .map((m) => meetingRegistrations(course, m))
  const closure = closureOf(course)
  const end = closure ? dateIn(closure.closedAt) : today
  const total = meetings.reduce((sum, m) => sum + m.participants, 0)
  return {
    meetings,
    meetingsHeld: meetings.length,
    participantsPerMeeting: meetings.length === 0 ? null : total / meetings.length,
    lengthDays: Math.round((Date.parse(end) - Date.parse(dateIn(meta.createdAt))) / DAY),
    closed: closure !== null,
  }
}
