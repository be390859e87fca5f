import { advanceAgenda, agendaOf } from './agenda.ts'
import { changeAgreementStatus, createAgreement } from './agreements.ts'
import type { CourseDoc } from './course.ts'
import {
  type DemoMeeting,
  demoAgreements,
  demoCoordinator,
  demoGoals,
  demoMeetings,
  demoPeople,
} from './demo-data.ts'
import { nextTurn, startDialogue, toAgreements } from './dialogue.ts'
import { actorOf, fail, parseOrThrow } from './entity.ts'
import { addDays, type IsoDate, isoDate } from './fields.ts'
import { closeMeeting, createMeeting, inviteToMeeting, markAttendance, openMeeting } from './meeting.ts'
import { carryForward, parkTopic } from './parking.ts'
import { citizen, type Party, person } from './party.ts'

/** Everything in the demo is written by its coordinator, as the board would write it. */
const by = actorOf('coordinator', 'demo', demoCoordinator.name)
/** The day the coordinator mapped the network with Jens, and the course began. */
const START_DAY = -110

/**
 * Fills an empty course with the demo course (see demo-data.ts) through the model's own operations, so
 * it obeys every rule: two held network meetings and one planned, goals, and agreements in every state.
 * Dates are relative to `today`, so the demo always looks current: exactly one agreement is overdue,
 * one changed, one waits for a manager's decision, one is incomplete, several are done.
 */
export function seedDemoCourse(
  course: CourseDoc,
  { today, courseId = 'demo' }: { today: IsoDate; courseId?: string },
): void {
  parseOrThrow('demo', isoDate, today)
  if (course.people.list().length > 0 || course.meetings.list().length > 0) {
    fail('course', 'the demo is only seeded into an empty course')
  }
  const day = (offset: number) => addDays(today, offset)
  const at = (offset: number, minutes = 0) => Date.parse(`${day(offset)}T08:00:00Z`) + minutes * 60_000

  course.doc.transact(() => {
    const meta = {
      title: 'Jens Madsens forløb',
      citizenName: 'Jens Madsen',
      phase: 'networkMeetings' as const,
      coordinator: demoCoordinator,
    }
    if (course.readMeta()) course.updateMeta(meta)
    else course.initialise({ ...meta, courseId, createdAt: at(START_DAY - 10) })

    const ids = {
      person: new Map<string, string>(),
      meeting: new Map<string, string>(),
      goal: new Map<string, string>(),
    }
    const idOf = (kind: keyof typeof ids, key: string) =>
      ids[kind].get(key) ?? fail('course', `no demo ${kind} ${key}`)
    const personId = (key: string) => idOf('person', key)
    const party = (key: string): Party => (key === 'citizen' ? citizen : person(personId(key)))
    const dayOf = (meetingKey: string) => demoMeetings.find((m) => m.key === meetingKey)?.day ?? 0

    Object.entries(demoPeople).forEach(([key, input], index) => {
      const consent = { ...input.consent, date: input.consent?.status === undefined ? null : day(START_DAY) }
      ids.person.set(key, course.people.create({ ...input, consent }, by, at(START_DAY, index)).id)
    })

    for (const demo of demoMeetings) {
      const planned = at(demo.day - 14)
      const meeting = createMeeting(course, { ...demo.meeting, date: day(demo.day) }, by, planned)
      ids.meeting.set(demo.key, meeting.id)
      for (const [key, role, chosenByCitizen] of demo.invitees) {
        inviteToMeeting(course, meeting.id, { personId: personId(key), role, chosenByCitizen }, by, planned)
      }
      if (demo.held) hold(course, meeting.id, demo, personId, (minutes) => at(demo.day, minutes))
      else
        for (const [key, status] of Object.entries(demo.attendance)) {
          markAttendance(course, meeting.id, personId(key), status, by, at(-1))
        }
    }

    for (const demo of demoMeetings) {
      for (const { text, status, note = '', carryTo } of demo.parked) {
        const topic = course.parkedTopics
          .list()
          .find((t) => t.meetingId === idOf('meeting', demo.key) && t.text === text)
        if (!topic) continue
        if (carryTo) carryForward(course, topic.id, idOf('meeting', carryTo), by, at(0))
        else course.parkedTopics.update(topic.id, { status, note }, by, at(demo.day, 180))
      }
    }

    for (const { key, meeting, ...goal } of demoGoals) {
      const createdInMeetingId = meeting ? idOf('meeting', meeting) : null
      const when = meeting ? dayOf(meeting) : START_DAY
      ids.goal.set(key, course.goals.create({ ...goal, createdInMeetingId }, by, at(when, 60)).id)
    }

    for (const demo of demoAgreements) {
      const { id } = createAgreement(
        course,
        {
          what: demo.what,
          owner: demo.owner ? party(demo.owner) : null,
          dueDate: demo.due === undefined ? null : day(demo.due),
          goalId: idOf('goal', demo.goal),
          meetingId: idOf('meeting', demo.meeting),
          needsManagerDecision: demo.managerAnswerDay !== undefined,
          managerAnswerBy: demo.managerAnswerDay === undefined ? null : day(demo.managerAnswerDay),
          followUp: demo.followUp && {
            who: party(demo.followUp.who),
            when: day(demo.followUp.day),
            how: demo.followUp.how,
          },
        },
        by,
        at(dayOf(demo.meeting), 75),
      )
      for (const [to, when, note, newDue] of demo.changes ?? []) {
        const changes = newDue === undefined ? {} : { dueDate: day(newDue) }
        changeAgreementStatus(course, id, { to, note, changes }, by, at(when))
      }
    }
  })
}

/** Holds a planned meeting: attendance, the agenda item by item, each theme through the dialogue. */
function hold(
  course: CourseDoc,
  meetingId: string,
  demo: DemoMeeting,
  personId: (key: string) => string,
  at: (minutes: number) => number,
): void {
  let minutes = 0
  const later = (step: number) => {
    minutes += step
    return at(minutes)
  }
  openMeeting(course, meetingId, by, later(0))
  for (const [key, status] of Object.entries(demo.attendance)) {
    markAttendance(course, meetingId, personId(key), status, by, later(0))
  }
  let current = course.meetings.getOrThrow(meetingId).currentItemId
  for (const item of agendaOf(course, meetingId)) {
    if (item.id !== current)
      current = advanceAgenda(course, meetingId, current, by, later(10)).value.currentItemId
    if (item.section !== 'themes') continue
    let state = startDialogue(course, item.id, by, later(1)).value
    while (state.phase !== 'citizenResponds')
      state = nextTurn(course, item.id, state.step, by, later(4)).value
    toAgreements(course, item.id, state.step, by, later(5))
  }
  for (const { text } of demo.parked) parkTopic(course, meetingId, { text, raisedBy: citizen }, by, later(1))
  closeMeeting(course, meetingId, by, later(10))
}
