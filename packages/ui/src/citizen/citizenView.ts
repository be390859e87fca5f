import {
  type Agreement,
  type CourseDoc,
  type Goal,
  type IsoDate,
  isOpen,
  type Meeting,
  meetingsByDate,
  type NetworkPerson,
  type Party,
  partyKey,
  themesOf,
} from '@bordenden/model'

/**
 * What the citizen page shows, read from the course document: plain data, so the views stay small and
 * this can be tested without a browser.
 */

const goalOrder: Record<Goal['status'], number> = { active: 0, paused: 1, achieved: 2, dropped: 3 }

/**
 * The citizen's goals: those still being worked on first, then those reached. Dropped goals are left out.
 * Goals made in the same moment keep one order everywhere, so the paper copy matches the phone.
 */
export function citizenGoals(course: CourseDoc): Goal[] {
  return course.goals
    .list()
    .filter((goal) => goal.status !== 'dropped')
    .sort(
      (a, b) =>
        goalOrder[a.status] - goalOrder[b.status] || a.createdAt - b.createdAt || a.id.localeCompare(b.id),
    )
}

export interface OwnerGroup {
  /** `citizen`, a person's id, or '' for agreements nobody has taken on. */
  key: string
  owner: Party | null
  person: NetworkPerson | undefined
  agreements: Agreement[]
}

/**
 * The open agreements of the whole course, by who does them: the citizen first, then the others by their
 * earliest due date, and those without an owner last. Within a group, earliest due date first.
 */
export function openAgreementsByOwner(course: CourseDoc): OwnerGroup[] {
  const groups = new Map<string, OwnerGroup>()
  const open = course.agreements
    .list()
    .filter(isOpen)
    .sort(
      (a, b) =>
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
        a.createdAt - b.createdAt ||
        a.id.localeCompare(b.id),
    )
  for (const agreement of open) {
    const key = agreement.owner ? partyKey(agreement.owner) : ''
    let group = groups.get(key)
    if (!group) {
      const person =
        agreement.owner?.kind === 'person' ? course.people.get(agreement.owner.personId) : undefined
      group = { key, owner: agreement.owner, person, agreements: [] }
      groups.set(key, group)
    }
    group.agreements.push(agreement)
  }
  const rank = (key: string) => (key === 'citizen' ? 0 : key === '' ? 2 : 1)
  // Map iteration keeps insertion order, which is by earliest due date: a stable sort keeps it per rank.
  return [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key))
}

/** How many agreements have been kept. */
export function doneAgreementCount(course: CourseDoc): number {
  return course.agreements.list().filter((a) => a.status === 'done').length
}

export interface NextMeeting {
  meeting: Meeting
  /** The meeting is being held now. */
  now: boolean
  themes: string[]
  invited: { person: NetworkPerson; sentWord: boolean }[]
}

/** The meeting being held now, or else the next planned one from today on. */
export function nextMeeting(course: CourseDoc, today: IsoDate): NextMeeting | undefined {
  const meetings = meetingsByDate(course)
  const meeting =
    meetings.find((m) => m.status === 'open') ??
    meetings.find((m) => m.status === 'planned' && m.date >= today)
  if (!meeting) return undefined
  const invited = meeting.invitees.flatMap((invitee) => {
    const person = course.people.get(invitee.personId)
    return person ? [{ person, sentWord: invitee.attendance === 'sentWord' }] : []
  })
  return {
    meeting,
    now: meeting.status === 'open',
    themes: themesOf(course, meeting.id).map((item) => item.title),
    invited,
  }
}

/** The network around the citizen; people the citizen does not want involved are kept apart. */
export function citizenNetwork(course: CourseDoc): {
  involved: NetworkPerson[]
  notInvolved: NetworkPerson[]
} {
  const people = course.people.list().sort((a, b) => a.name.localeCompare(b.name, 'da'))
  return {
    involved: people.filter((p) => !p.excludedByCitizen),
    notInvolved: people.filter((p) => p.excludedByCitizen),
  }
}
