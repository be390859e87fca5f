import { agendaOf, createAgendaItems, defaultAgendaTemplate, planAgenda } from './agenda.ts'
import type { CourseDoc } from './course.ts'
import { type Actor, entityBaseShape, fail, type ValidationIssue } from './entity.ts'
import { clockTime, type IsoDate, idSchema, isoDate, text, timestamp } from './fields.ts'
import * as z from './zod.ts'

export const MeetingStatuses = ['planned', 'open', 'closed'] as const
export type MeetingStatus = (typeof MeetingStatuses)[number]

/** `notRecorded` until someone marks it; `sentWord` is a participant who sent word they could not come. */
export const AttendanceStatuses = ['notRecorded', 'present', 'absent', 'sentWord'] as const
export type Attendance = (typeof AttendanceStatuses)[number]

/** The facilitator (mødeleder) runs the meeting and does not take a turn in the dialogue round. */
export const MeetingRoles = ['participant', 'facilitator'] as const
export type MeetingRole = (typeof MeetingRoles)[number]

export const inviteeSchema = z.object({
  personId: idSchema,
  chosenByCitizen: z.boolean().default(false),
  role: z.enum(MeetingRoles).default('participant'),
  attendance: z.enum(AttendanceStatuses).default('notRecorded'),
})
export type Invitee = z.infer<typeof inviteeSchema>

/** The frame agreed with the citizen beforehand (huskeliste til forberedelse). */
export const meetingFrameSchema = z.object({
  durationMinutes: z.number().int().min(10).max(480).default(90),
  /** When and how to take breaks, in plain words. */
  breaks: text(500).default(''),
  /** Topics to handle with care. */
  sensitiveTopics: z.array(text(300).min(1)).max(30).default([]),
  /** Topics the citizen does not want discussed at all. */
  topicsNotToDiscuss: z.array(text(300).min(1)).max(30).default([]),
})
export type MeetingFrame = z.infer<typeof meetingFrameSchema>

/**
 * Who holds the meeting's roles the method asks for, by name (a mødeleder may be from outside the network):
 * the one who leads, the one who writes the minutes, the one who keeps time. Optional, so a meeting
 * planned before the roles existed needs no migration.
 */
export const MeetingDuties = ['facilitator', 'minuteTaker', 'timekeeper'] as const
export type MeetingDuty = (typeof MeetingDuties)[number]
export const meetingDutiesSchema = z.object({
  facilitator: text(120).default(''),
  minuteTaker: text(120).default(''),
  timekeeper: text(120).default(''),
})
export type MeetingDutyHolders = z.infer<typeof meetingDutiesSchema>

export const meetingSchema = z.object({
  ...entityBaseShape,
  title: text(200),
  /** Calendar date of the meeting, `YYYY-MM-DD`. */
  date: isoDate,
  startTime: clockTime.nullable().default(null),
  place: text(200).default(''),
  status: z.enum(MeetingStatuses).default('planned'),
  /** The citizen's overall goal for the meeting, in their words. The themes are agenda items. */
  overallGoal: text(1000).default(''),
  frame: meetingFrameSchema.prefault({}),
  roles: meetingDutiesSchema.optional(),
  /** Who is invited, in invite order: the order of the dialogue round. */
  invitees: z
    .array(inviteeSchema)
    .max(40)
    .default([])
    .superRefine((invitees, ctx) => {
      const seen = new Set<string>()
      invitees.forEach((invitee, index) => {
        if (seen.has(invitee.personId)) {
          ctx.addIssue({ code: 'custom', path: [index, 'personId'], message: 'is invited twice' })
        }
        seen.add(invitee.personId)
      })
    }),
  /** The agenda item being discussed now, and since when. */
  currentItemId: idSchema.nullable().default(null),
  currentItemSince: timestamp.nullable().default(null),
  openedAt: timestamp.nullable().default(null),
  closedAt: timestamp.nullable().default(null),
})
export type Meeting = z.infer<typeof meetingSchema>
export type MeetingInput = z.input<typeof meetingSchema>

/**
 * Cross-entity rules for a meeting: invitees exist, a planned meeting invites only people the citizen
 * wants involved, the current item is its own. A meeting that is or has been held keeps who was invited,
 * even if the citizen excludes someone later.
 */
export function checkMeeting(course: CourseDoc, meeting: Meeting): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  meeting.invitees.forEach((invitee, index) => {
    const invited = course.people.get(invitee.personId)
    const path = `invitees.${index}.personId`
    if (!invited) issues.push({ path, message: `no person with id ${invitee.personId} in the network` })
    else if (invited.excludedByCitizen && meeting.status === 'planned') {
      issues.push({ path, message: `the citizen does not want ${invited.name} involved` })
    }
  })
  if (
    meeting.currentItemId !== null &&
    course.agendaItems.get(meeting.currentItemId)?.meetingId !== meeting.id
  ) {
    issues.push({ path: 'currentItemId', message: 'is not an agenda item of this meeting' })
  }
  return issues
}

/** Why a meeting may not be deleted: it has been held, or goals and agreements refer to it. */
export function meetingReferences(course: CourseDoc, meetingId: string): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  if (course.meetings.get(meetingId)?.status !== 'planned') {
    issues.push({ path: 'status', message: 'only a planned meeting can be deleted' })
  }
  if (course.goals.list().some((g) => g.createdInMeetingId === meetingId)) {
    issues.push({ path: 'id', message: 'goals were set in this meeting' })
  }
  if (course.agreements.list().some((a) => a.meetingId === meetingId)) {
    issues.push({ path: 'id', message: 'agreements were made in this meeting' })
  }
  return issues
}

export interface NewMeeting {
  title: string
  date: string
  startTime?: string | null
  place?: string
  overallGoal?: string
  frame?: z.input<typeof meetingFrameSchema>
  /** The citizen's themes, in their words; each becomes an agenda item run with the dialogue process. */
  themes?: readonly string[]
}

/** Plans a meeting with the agenda from `template` (the method's fixed agenda unless a municipality's own). */
export function createMeeting(
  course: CourseDoc,
  input: NewMeeting,
  actor: Actor,
  now = Date.now(),
  template: unknown = defaultAgendaTemplate,
): Meeting {
  const { themes = [], ...fields } = input
  // A meeting with none planned on or before its day is the course's first: nothing to follow up yet.
  const firstMeeting = !course.meetings.list().some((other) => other.date <= input.date)
  // Both are validated before anything is written, so a bad template, theme or field writes nothing.
  const agenda = planAgenda(template, themes, { firstMeeting })
  return course.doc.transact(() => {
    const meeting = course.meetings.create({ ...fields, status: 'planned' }, actor, now)
    createAgendaItems(course, meeting.id, agenda, actor, now)
    return meeting
  })
}

/** Deletes a planned meeting with its agenda and parked topics. */
export function deleteMeeting(course: CourseDoc, meetingId: string): void {
  course.meetings.getOrThrow(meetingId)
  course.doc.transact(() => {
    course.meetings.delete(meetingId)
    for (const item of agendaOf(course, meetingId)) course.agendaItems.delete(item.id)
    for (const topic of course.parkedTopics.list())
      if (topic.meetingId === meetingId) course.parkedTopics.delete(topic.id)
  })
}

/** Opens a planned (or reopens a closed) meeting; the agenda starts at its first item. One at a time. */
export function openMeeting(course: CourseDoc, meetingId: string, actor: Actor, now = Date.now()): Meeting {
  const meeting = course.meetings.getOrThrow(meetingId)
  if (meeting.status === 'open') fail('meeting', 'is already open', 'status')
  const other = course.meetings.list().find((m) => m.status === 'open')
  if (other) fail('meeting', `another meeting is open: "${other.title}"`, 'status')
  const first = agendaOf(course, meetingId)[0]
  const resume = meeting.status === 'closed' && meeting.currentItemId !== null
  return course.meetings.update(
    meetingId,
    {
      status: 'open',
      openedAt: meeting.openedAt ?? now,
      closedAt: null,
      currentItemId: resume ? meeting.currentItemId : (first?.id ?? null),
      currentItemSince: now,
    },
    actor,
    now,
  )
}

/** Closes an open meeting. The current item is kept as where the meeting ended. */
export function closeMeeting(course: CourseDoc, meetingId: string, actor: Actor, now = Date.now()): Meeting {
  const meeting = course.meetings.getOrThrow(meetingId)
  if (meeting.status !== 'open') fail('meeting', 'only an open meeting can be closed', 'status')
  return course.meetings.update(
    meetingId,
    { status: 'closed', closedAt: now, currentItemSince: null },
    actor,
    now,
  )
}

/** Invites a person from the network; the citizen decides with the coordinator (`chosenByCitizen`). */
export function inviteToMeeting(
  course: CourseDoc,
  meetingId: string,
  invitee: z.input<typeof inviteeSchema>,
  actor: Actor,
  now = Date.now(),
): Meeting {
  const meeting = course.meetings.getOrThrow(meetingId)
  if (meeting.status === 'closed') fail('meeting', 'a closed meeting takes no new invitees', 'invitees')
  const person = course.people.get(invitee.personId)
  if (person?.excludedByCitizen)
    fail('meeting', `the citizen does not want ${person.name} involved`, 'invitees')
  return course.meetings.update(meetingId, { invitees: [...meeting.invitees, invitee] }, actor, now)
}

export function uninvite(
  course: CourseDoc,
  meetingId: string,
  personId: string,
  actor: Actor,
  now = Date.now(),
) {
  const meeting = course.meetings.getOrThrow(meetingId)
  if (meeting.status === 'closed') fail('meeting', 'the invitees of a closed meeting are kept as they were')
  const invitees = meeting.invitees.filter((i) => i.personId !== personId)
  if (invitees.length === meeting.invitees.length) fail('meeting', 'is not invited', 'invitees')
  return course.meetings.update(meetingId, { invitees }, actor, now)
}

/** Moves an invitee to `toIndex` in the invite order (the order of the dialogue round). */
export function moveInvitee(
  course: CourseDoc,
  meetingId: string,
  personId: string,
  toIndex: number,
  actor: Actor,
  now = Date.now(),
): Meeting {
  const meeting = course.meetings.getOrThrow(meetingId)
  if (meeting.status === 'closed') fail('meeting', 'the invitees of a closed meeting are kept as they were')
  const invitee = meeting.invitees.find((i) => i.personId === personId)
  if (!invitee) fail('meeting', 'is not invited', 'invitees')
  const invitees = meeting.invitees.filter((i) => i !== invitee)
  invitees.splice(Math.max(0, Math.min(toIndex, invitees.length)), 0, invitee)
  return course.meetings.update(meetingId, { invitees }, actor, now)
}

/** Records whether an invitee came. Before the meeting only "sent word" (or undoing it) can be recorded. */
export function markAttendance(
  course: CourseDoc,
  meetingId: string,
  personId: string,
  attendance: Attendance,
  actor: Actor,
  now = Date.now(),
): Meeting {
  const meeting = course.meetings.getOrThrow(meetingId)
  if (!meeting.invitees.some((i) => i.personId === personId)) fail('meeting', 'is not invited', 'invitees')
  if (meeting.status === 'planned' && (attendance === 'present' || attendance === 'absent')) {
    fail('meeting', 'presence can be recorded once the meeting has started', 'invitees')
  }
  const invitees = meeting.invitees.map((i) => (i.personId === personId ? { ...i, attendance } : i))
  return course.meetings.update(meetingId, { invitees }, actor, now)
}

/** The open meeting of the course, if any. */
export function openMeetingOf(course: CourseDoc): Meeting | undefined {
  return course.meetings.list().find((m) => m.status === 'open')
}

/**
 * The meeting the boards show: the open one; otherwise the next planned one from `today`; otherwise the
 * most recent one (to look back on). Undefined for a course without meetings.
 */
export function meetingInFocus(course: CourseDoc, today: IsoDate): Meeting | undefined {
  const meetings = meetingsByDate(course)
  return (
    liveOrNextMeeting(course, today) ??
    meetings.filter((m) => m.date <= today || m.status === 'closed').at(-1) ??
    meetings.at(-1)
  )
}

/** The meeting going on, otherwise the next planned one from `today`; none when neither is. */
export function liveOrNextMeeting(course: CourseDoc, today: IsoDate): Meeting | undefined {
  return (
    openMeetingOf(course) ?? meetingsByDate(course).find((m) => m.status === 'planned' && m.date >= today)
  )
}

/** The course's meetings by date, earliest first. */
export function meetingsByDate(course: CourseDoc): Meeting[] {
  return course.meetings.list().sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt)
}
