import {
  type Agreement,
  type CourseDoc,
  isOpen,
  label,
  type Meeting,
  MeetingDuties,
  missingFields,
  parkedTopicsOf,
  partyName,
  themesOf,
} from '@bordenden/model'

/** The meeting evaluation: four 1-10 scales answered by the citizen (seed 004). */
export interface MeetingEvaluation {
  relation: number
  goalsAndTopics: number
  approach: number
  overall: number
}

export interface RecordAgreement {
  id: string
  what: string
  owner: string | null
  dueDate: string | null
  goal: string | null
  /** The goal's id, for the goal board (rendered at freezing time, so records frozen before lack it). */
  goalId: string | null
  followUp: { who: string | null; when: string | null; how: string }
  status: string
  needsManagerDecision: boolean
  managerAnswerBy: string | null
  /** Danish names of what is missing (what / who / by when); empty when complete. */
  missing: string[]
}

/**
 * The structured content of an agreement record (aftalereferat): plain data with names and labels
 * resolved, so it reads the same in ten years whatever happens to the model or the network map.
 */
export interface RecordContent {
  municipality: string
  course: { id: string; title: string; citizenName: string }
  meeting: {
    id: string
    title: string
    date: string
    startTime: string | null
    place: string
    overallGoal: string
    themes: string[]
    /** Who led, wrote the minutes and kept time (only those named); absent in records made before. */
    roles?: { duty: string; name: string }[]
    attendance: {
      name: string
      role: string
      present: boolean
      attendance: string
      chosenByCitizen: boolean
    }[]
  }
  /** The network map at the time: who, in which ring and sector. No contact details. */
  network: { name: string; role: string; ring: string; sector: string; excludedByCitizen: boolean }[]
  /** Active goals, those set in this meeting, and any the previous version listed (e.g. reached since). */
  goals: { id: string; text: string; lifeArea: string; status: string }[]
  /** Agreements made in this meeting. */
  agreements: RecordAgreement[]
  /** Agreements from earlier that are still open, so the record shows the whole picture. */
  ongoingAgreements: RecordAgreement[]
  /**
   * Agreements from earlier that the previous version listed and that are done or given up since: kept,
   * with their status, so the record says so instead of dropping them. Absent in records frozen before.
   */
  settledAgreements?: RecordAgreement[]
  parkedTopics: { text: string; status: string }[]
  evaluation: MeetingEvaluation | null
}

/**
 * Reads a meeting's record content from the course document. `previous` is the content of the version
 * before, whose goals and agreements stay in, with their status now. Throws for an unknown meeting.
 */
export function buildRecordContent(
  course: CourseDoc,
  meetingId: string,
  options: { municipality: string; evaluation: MeetingEvaluation | null; previous: RecordContent | null },
): RecordContent {
  const meta = course.readMeta()
  const meeting = course.meetings.get(meetingId)
  if (!meta || !meeting) throw new Error('unknown course or meeting')
  const { previous } = options
  const listedGoals = new Set(previous?.goals.map((g) => g.id))
  const listedEarlier = new Set(
    [...(previous?.ongoingAgreements ?? []), ...(previous?.settledAgreements ?? [])].map((a) => a.id),
  )
  const goals = course.goals
    .list()
    .filter((g) => g.status === 'active' || g.createdInMeetingId === meetingId || listedGoals.has(g.id))
  const goalText = new Map(course.goals.list().map((g) => [g.id, g.text]))
  const toRecord = (a: Agreement): RecordAgreement => ({
    id: a.id,
    what: a.what,
    owner: a.owner ? partyName(course, a.owner) : null,
    dueDate: a.dueDate,
    goal: a.goalId ? (goalText.get(a.goalId) ?? null) : null,
    goalId: a.goalId,
    followUp: {
      who: a.followUp.who ? partyName(course, a.followUp.who) : null,
      when: a.followUp.when,
      how: a.followUp.how,
    },
    status: label('agreementStatus', a.status),
    needsManagerDecision: a.needsManagerDecision,
    managerAnswerBy: a.managerAnswerBy,
    missing: missingFields(a).map((field) => label('agreementField', field)),
  })
  const agreements = course.agreements.list()
  const byDue = (a: RecordAgreement, b: RecordAgreement) =>
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')
  return {
    municipality: options.municipality,
    course: { id: meta.courseId, title: meta.title, citizenName: meta.citizenName },
    meeting: {
      id: meeting.id,
      title: meeting.title,
      date: meeting.date,
      startTime: meeting.startTime,
      place: meeting.place,
      overallGoal: meeting.overallGoal,
      themes: themesOf(course, meetingId).map((t) => t.title),
      ...meetingRoles(meeting),
      attendance: meeting.invitees.map((i) => {
        const person = course.people.get(i.personId)
        return {
          name: person?.name ?? label('party', 'unknown'),
          role: [person?.role, person?.organisation].filter(Boolean).join(', '),
          present: i.attendance === 'present',
          attendance: label('attendance', i.attendance),
          chosenByCitizen: i.chosenByCitizen,
        }
      }),
    },
    network: course.people.list().map((p) => ({
      name: p.name,
      role: p.role,
      ring: p.ring,
      sector: p.sector,
      excludedByCitizen: p.excludedByCitizen,
    })),
    goals: goals.map((g) => ({
      id: g.id,
      text: g.text,
      lifeArea: label('lifeArea', g.lifeArea),
      status: label('goalStatus', g.status),
    })),
    agreements: agreements
      .filter((a) => a.meetingId === meetingId)
      .map(toRecord)
      .sort(byDue),
    ongoingAgreements: agreements
      .filter(
        (a) => a.meetingId !== meetingId && isOpen(a) && a.createdAt <= (meeting.closedAt ?? Date.now()),
      )
      .map(toRecord)
      .sort(byDue),
    settledAgreements: agreements
      .filter((a) => a.meetingId !== meetingId && !isOpen(a) && listedEarlier.has(a.id))
      .map(toRecord)
      .sort(byDue),
    parkedTopics: parkedTopicsOf(course, meetingId).map((t) => ({
      text: t.text,
      status: label('parkedTopicStatus', t.status),
    })),
    evaluation: options.evaluation,
  }
}

/** The meeting's named roles, in the method's order; nothing when none is named (the content stays as before). */
function meetingRoles(meeting: Meeting): { roles?: { duty: string; name: string }[] } {
  const roles = MeetingDuties.flatMap((duty) => {
    const name = meeting.roles?.[duty].trim() ?? ''
    return name ? [{ duty: label('meetingDuty', duty), name }] : []
  })
  return roles.length > 0 ? { roles } : {}
}
