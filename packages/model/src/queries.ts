import { type Agreement, isIncomplete, isOpen, isOverdue } from './agreements.ts'
import type { CourseDoc } from './course.ts'
import { addDays, type IsoDate } from './fields.ts'
import { type Locale, label } from './labels.ts'
import { type Party, partyKey, partyName, sameParty } from './party.ts'

/** Earliest due date first; agreements without a due date last. */
export function byDueDate(a: Agreement, b: Agreement): number {
  return (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.createdAt - b.createdAt
}

function agreements(course: CourseDoc, keep: (a: Agreement) => boolean): Agreement[] {
  return course.agreements.list().filter(keep).sort(byDueDate)
}

/** Everything one person (or the citizen) has taken on, settled ones included. */
export function agreementsByOwner(course: CourseDoc, owner: Party): Agreement[] {
  return agreements(course, (a) => sameParty(a.owner, owner))
}

/** Open agreements whose due date is before `today`. */
export function overdueAgreements(course: CourseDoc, today: IsoDate): Agreement[] {
  return agreements(course, (a) => isOverdue(a, today))
}

/** The agreements that serve a goal. */
export function agreementsForGoal(course: CourseDoc, goalId: string): Agreement[] {
  return agreements(course, (a) => a.goalId === goalId)
}

/** Open agreements that still lack what, owner or due date; of one meeting when `meetingId` is given. */
export function incompleteAgreements(course: CourseDoc, meetingId?: string): Agreement[] {
  return agreements(
    course,
    (a) => isOpen(a) && isIncomplete(a) && (meetingId === undefined || a.meetingId === meetingId),
  )
}

/** Open agreements whose follow-up date has come (the coordinator's "følg op" list). */
export function followUpsDue(course: CourseDoc, today: IsoDate): Agreement[] {
  return agreements(course, (a) => isOpen(a) && a.followUp.when !== null && a.followUp.when <= today)
}

/** Open agreements waiting for a manager's decision, earliest promised answer first. */
export function awaitingManagerDecision(course: CourseDoc): Agreement[] {
  return agreements(course, (a) => isOpen(a) && a.needsManagerDecision).sort((a, b) =>
    (a.managerAnswerBy ?? '9999').localeCompare(b.managerAnswerBy ?? '9999'),
  )
}

/** How far ahead "due soon" looks, in days (a week: the time between two follow-up calls). */
export const DUE_SOON_DAYS = 7

/** Open agreements due from `today` up to `days` days later, earliest first. */
export function agreementsDueSoon(course: CourseDoc, today: IsoDate, days = DUE_SOON_DAYS): Agreement[] {
  const last = addDays(today, days)
  return agreements(course, (a) => isOpen(a) && a.dueDate !== null && a.dueDate >= today && a.dueDate <= last)
}

/** When the latest closed meeting closed; null before any meeting has closed. */
export function lastMeetingClosedAt(course: CourseDoc): number | null {
  const closed = course.meetings.list().flatMap((m) => (m.closedAt === null ? [] : [m.closedAt]))
  return closed.length === 0 ? null : Math.max(...closed)
}

/** Agreements whose latest change came after the last meeting closed; none before a meeting has closed. */
export function changedSinceLastMeeting(course: CourseDoc): Agreement[] {
  const since = lastMeetingClosedAt(course)
  return since === null ? [] : agreements(course, (a) => (a.history.at(-1)?.at ?? 0) > since)
}

export interface RecapGroup {
  /** null for the agreements nobody has taken on yet. */
  owner: Party | null
  name: string
  agreements: Agreement[]
}

/**
 * "Hvem gør hvad hvornår": the agreements made in a meeting, grouped by owner. The citizen comes first,
 * then the others in invite order (others not invited after them), and agreements without an owner last.
 * Within a group, earliest due date first.
 */
export function meetingRecap(course: CourseDoc, meetingId: string, locale: Locale = 'da'): RecapGroup[] {
  const meeting = course.meetings.getOrThrow(meetingId)
  const order = ['citizen', ...meeting.invitees.map((i) => i.personId)]
  const groups = new Map<string, RecapGroup>()
  for (const agreement of agreements(course, (a) => a.meetingId === meetingId)) {
    const key = agreement.owner ? partyKey(agreement.owner) : ''
    let group = groups.get(key)
    if (!group) {
      const name = agreement.owner
        ? partyName(course, agreement.owner, locale)
        : label('party', 'nobody', locale)
      group = { owner: agreement.owner, name, agreements: [] }
      groups.set(key, group)
    }
    group.agreements.push(agreement)
  }
  const rank = (key: string) => {
    if (key === '') return order.length + 1
    const index = order.indexOf(key)
    return index === -1 ? order.length : index
  }
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([, group]) => group)
}
