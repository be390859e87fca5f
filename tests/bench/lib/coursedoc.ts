import {
  type AgreementStatus,
  addDays,
  CourseDoc,
  changeAgreementStatus,
  citizen,
  closeMeeting,
  createAgreement,
  createMeeting,
  openMeeting,
  person,
} from '@bordenden/model'
import { seedDemoCourse } from '@bordenden/model/demo'
import * as Y from 'yjs'
import { rng } from './workload.ts'

export interface GeneratedCourse {
  /** Every edit as its own update, in the order the editors made them. */
  updates: Uint8Array[]
  doc: Y.Doc
  counts: {
    coordinatorMeetings: number
    networkMeetings: number
    canvasEdits: number
    agreementEdits: number
  }
}

const START: string = '2025-09-01'
const SHAPE_TYPES = ['note', 'geo', 'arrow', 'text', 'draw'] as const

/**
 * A year-long course, built through the model's own API like the board and the side panel would:
 * the demo course's network and three network meetings, 13 coordinator meetings, 200 agreement edits
 * (new agreements and status changes) and 20,000 canvas edits (tldraw records in the YKeyValue canvas:
 * shapes created, moved, resized, retyped and deleted). One transaction, one update, per edit.
 */
export function generateYearLongCourse(
  options = { coordinatorMeetings: 13, canvasEdits: 20_000, agreementEdits: 200 },
  courseId = 'bench-year',
): GeneratedCourse {
  const random = rng(2025)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  // Seeded as its coordinator: the coordinator-only document is left aside, the shared one measured.
  const course = new CourseDoc(doc, new Y.Doc())
  const by = 'user:bench'
  const dayAt = (day: number) => Date.parse(`${addDays(START, day)}T09:00:00Z`)

  seedDemoCourse(course, { today: addDays(START, 120), courseId })
  const networkMeetings = course.meetings.list().length
  const people = course.people.list().map((p) => p.id)
  const goals = course.goals.list().map((g) => g.id)
  const canvas = course.canvasRecords<Record<string, unknown>>()
  const shapes: string[] = []
  const agreements = course.agreements.list().map((a) => a.id)

  const coordinatorMeeting = (i: number, day: number) => {
    const m = createMeeting(
      course,
      {
        title: `Koordinatormøde ${i + 1}`,
        date: addDays(START, day),
        place: 'Jobcentret',
        themes: ['Status', 'Næste skridt'],
      },
      by,
      dayAt(day - 7),
    )
    openMeeting(course, m.id, by, dayAt(day))
    closeMeeting(course, m.id, by, dayAt(day) + 3_600_000)
  }

  const nextStatus: Record<AgreementStatus, AgreementStatus> = {
    agreed: 'inProgress',
    inProgress: 'delayed',
    delayed: 'changed',
    changed: 'done',
    done: 'inProgress',
    abandoned: 'agreed',
  }
  const agreementEdit = (n: number, day: number) => {
    if (agreements.length < 8 || n % 4 === 0) {
      const owner = random() < 0.3 ? citizen : person(pick(people))
      const created = createAgreement(
        course,
        {
          what: `Aftale ${n + 1}: ${pick(['ringe til boligselskabet', 'følge med til lægen', 'lave budget', 'gå tur om tirsdagen', 'søge praktikplads'])}`,
          owner,
          dueDate: addDays(START, day + 14),
          goalId: goals.length > 0 ? pick(goals) : null,
        },
        by,
        dayAt(day),
      )
      agreements.push(created.id)
      return
    }
    const id = pick(agreements)
    const current = course.agreements.getOrThrow(id).status
    changeAgreementStatus(
      course,
      id,
      { to: nextStatus[current], note: `Opfølgning dag ${day}` },
      by,
      dayAt(day),
    )
  }

  const canvasEdit = (n: number) => {
    const roll = random()
    if (shapes.length < 20 || roll < 0.03) {
      const id = `shape:${n.toString(36)}`
      shapes.push(id)
      canvas.set(id, record(id, pick(SHAPE_TYPES)))
    } else if (roll < 0.05 && shapes.length > 20) {
      const i = Math.floor(random() * shapes.length)
      const [id] = shapes.splice(i, 1)
      if (id) canvas.delete(id)
    } else {
      const id = pick(shapes)
      const current = canvas.get(id) ?? record(id, 'geo')
      const next: Record<string, unknown> = {
        ...current,
        x: Math.round(random() * 1600),
        y: Math.round(random() * 900),
      }
      if (random() < 0.2) next.props = { ...(current.props as object), w: 80 + Math.floor(random() * 300) }
      if (random() < 0.1)
        next.props = {
          ...(current.props as object),
          text: `Note ${n}: ${pick(['ro på økonomien', 'ryggen', 'Lone', 'arbejde', 'bolig'])}`,
        }
      canvas.set(id, next)
    }
  }
  const record = (id: string, type: string): Record<string, unknown> => ({
    id,
    typeName: 'shape',
    type,
    x: Math.round(random() * 1600),
    y: Math.round(random() * 900),
    rotation: 0,
    index: `a${Math.floor(random() * 1000)}`,
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    props: { w: 200, h: 120, color: pick(['blue', 'green', 'red', 'yellow']), text: '' },
    meta: {},
  })

  // Spread over a year: each day gets its share of canvas edits, the agreement edits and meetings fall between.
  const { coordinatorMeetings, canvasEdits, agreementEdits } = options
  let canvasDone = 0
  let agreementsDone = 0
  let meetingsDone = 0
  for (let day = 0; day < 365; day++) {
    const canvasTarget = Math.round(((day + 1) / 365) * canvasEdits)
    while (canvasDone < canvasTarget) canvasEdit(canvasDone++)
    const agreementTarget = Math.round(((day + 1) / 365) * agreementEdits)
    while (agreementsDone < agreementTarget) agreementEdit(agreementsDone++, day)
    if (
      meetingsDone < coordinatorMeetings &&
      day === Math.floor(((meetingsDone + 0.5) / coordinatorMeetings) * 365)
    ) {
      coordinatorMeeting(meetingsDone++, day)
    }
  }
  return {
    updates,
    doc,
    counts: {
      coordinatorMeetings: meetingsDone,
      networkMeetings,
      canvasEdits: canvasDone,
      agreementEdits: agreementsDone,
    },
  }
}
