import { dateIn } from './calendar.ts'
import { closureOf } from './closing.ts'
import { type ClosingReasonCode, closingReasonOf } from './closing-reasons.ts'
import type { CourseDoc } from './course.ts'
import type { MeetingEvaluation } from './course-feedback.ts'
import type { IsoDate } from './fields.ts'
import type { Instrument } from './outcome-instruments.ts'
import {
  applyCorrections,
  type CorrectableRegistration,
  type RegistrationCorrection,
} from './registration-corrections.ts'
import { courseRegistrations, type Registration } from './registrations.ts'

/** Where a course stands, for counting: its phase while it runs, or closed. */
export const PhaseCategories = [
  'referral',
  'startup',
  'networkMeetings',
  'closing',
  'paused',
  'closed',
] as const
export type PhaseCategory = (typeof PhaseCategories)[number]

/**
 * What the leader's overview counts of one course: no names, no text, no ids of people. Built on the
 * server from the course document and the tables beside it, then aggregated (leader-aggregates.ts).
 */
export interface CourseFacts {
  /** The team of the course's owner; null when she is in none. */
  teamId: string | null
  phase: PhaseCategory
  /** Held meetings: the registrations with the coordinators' corrections applied, and who took part. */
  meetings: { registrations: Record<CorrectableRegistration, Registration>; participants: number }[]
  /** The citizen's meeting evaluations (four 1-10 scales), one per evaluated meeting. */
  evaluations: MeetingEvaluation[]
  /** First and latest score of each instrument; null with fewer than two sittings. */
  outcomes: Record<Instrument, { first: number; latest: number } | null>
  /** Days from creation to closing and why; null while the course runs. */
  closed: { days: number; reason: ClosingReasonCode } | null
}

export interface CourseFactSources {
  teamId: string | null
  corrections: readonly RegistrationCorrection[]
  evaluations: readonly MeetingEvaluation[]
  /** The course's measurements, oldest first. */
  measurements: readonly { who5: number; inspireO: number }[]
  today?: IsoDate
}

/** The facts of one course, or null for a document without metadata (never set up). */
export function courseFacts(course: CourseDoc, sources: CourseFactSources): CourseFacts | null {
  const meta = course.readMeta()
  const derived = courseRegistrations(course, sources.today ?? dateIn())
  if (!meta || !derived) return null
  const { meetings } = applyCorrections(derived, sources.corrections)
  const closure = closureOf(course)
  const { measurements } = sources
  const change = (instrument: Instrument) => {
    const first = measurements[0]
    const latest = measurements.at(-1)
    return measurements.length < 2 || !first || !latest
      ? null
      : { first: first[instrument], latest: latest[instrument] }
  }
  return {
    teamId: sources.teamId,
    phase: closure ? 'closed' : meta.phase,
    meetings: meetings.map((m) => ({
      registrations: {
        agendaWithCitizen: m.agendaWithCitizen,
        inviteesChosenByCitizen: m.inviteesChosenByCitizen,
        agreementsAtMeeting: m.agreementsAtMeeting,
        followUpBeforeNextMeeting: m.followUpBeforeNextMeeting,
      },
      participants: m.participants,
    })),
    evaluations: [...sources.evaluations],
    outcomes: { who5: change('who5'), inspireO: change('inspireO') },
    closed: closure ? { days: derived.lengthDays, reason: closingReasonOf(closure).code } : null,
  }
}
