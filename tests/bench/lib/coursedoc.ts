import {
  type AgreementStatus,
  addDays,
  CourseDoc,
  changeAgreementStatus,
  citizen,
  closeMeeting,
  createAgreement,
  createMeeting,
  dateIn,
  openMeeting,
  person,
  Rings,
  Sectors,
} from '@bordenden/model'
import { seedDemoCourse } from '@bordenden/model/demo'
import * as Y from 'yjs'
import { type BoardCardType, boardPageRecords, cardId } from './board-canvas.ts'
import { boardCard, rng } from './workload.ts'

export interface GeneratedCourse {
  /** Every edit as its own update, in the order the editors made them. */
  updates: Uint8Array[]
  doc: Y.Doc
  counts: {
    people: number
    meetings: number
    agreements: number
    agreementStatusChanges: number
    cards: number
    cardDrags: number
  }
}

export interface CourseSize {
  people: number
  coordinatorMeetings: number
  agreements: number
  agreementStatusChanges: number
  cardDrags: number
}

/**
 * The year-long course of issue 15: 42 people, 16 meetings (the demo's 3 network meetings and 13
 * coordinator meetings), 50 agreements (with 150 status changes) and 20,000 card drags.
 */
export const YEAR_LONG_COURSE: CourseSize = {
  people: 42,
  coordinatorMeetings: 13,
  agreements: 50,
  agreementStatusChanges: 150,
  cardDrags: 20_000,
}

const FIRST_NAMES = ['Anne', 'Bo', 'Camilla', 'Dorthe', 'Ejner', 'Freja', 'Gitte', 'Hans', 'Ida', 'Jakob']
const ROLES = ['Nabo', 'Kollega', 'Fysioterapeut', 'Mentor', 'Kusine', 'Træner', 'Præst', 'Bostøtte']

/**
 * A year-long course, built through the model's own API as the board and the side panel would build
 * it, one transaction (one update) per edit: the demo course, then more people, coordinator meetings,
 * agreements and status changes, and the board: a card per person, goal and agreement (tldraw shape
 * records of the board's own shape types, which the server validates with tldraw's schema) dragged
 * 20,000 times. Deterministic but for the dates, which end today: the same edits every run.
 */
export function generateYearLongCourse({
  size = YEAR_LONG_COURSE,
  courseId = 'bench-year',
  from,
}: {
  size?: CourseSize
  courseId?: string
  /**
   * The course as the server holds it (a course created through the API has its metadata already): the
   * year's edits then follow it, as a board's edits would, instead of racing it for the same keys.
   */
  from?: Uint8Array
} = {}): GeneratedCourse {
  const random = rng(2025)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T
  const doc = new Y.Doc()
  if (from) Y.applyUpdate(doc, from)
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  // Seeded as its coordinator: the coordinator-only document is left aside, the shared one measured.
  const course = new CourseDoc(doc, new Y.Doc())
  const by = 'user:bench'
  // The year that ends today (from the one clock), so the course is current whenever it is generated.
  const START = addDays(dateIn(Date.now()), -365)
  const dayAt = (day: number) => Date.parse(`${addDays(START, day)}T09:00:00Z`)

  seedDemoCourse(course, { today: addDays(START, 120), courseId })
  const canvas = course.canvasRecords<Record<string, unknown>>()
  const cards: string[] = []
  const card = (type: BoardCardType, id: string, props: Record<string, unknown>) => {
    cards.push(id)
    canvas.set(id, boardCard(id, type, random() * 1600, random() * 900, { w: 200, h: 120, ...props }, {}))
  }
  // The cards the board itself would draw for these entities, on its pages (see board-canvas.ts).
  const cardFor = {
    person: (id: string) => card('bd-person', cardId.person(id), { personId: id }),
    goal: (id: string) => card('bd-goal', cardId.goal(id), { goalId: id }),
    agreement: (id: string) => card('bd-agreement', cardId.agreement(id), { agreementId: id }),
  }
  doc.transact(() => {
    for (const page of boardPageRecords()) canvas.set(page.id, page)
  })
  // The map is drawn without the people the citizen does not want involved (see the board's layout).
  for (const p of course.people.list()) if (!p.excludedByCitizen) cardFor.person(p.id)
  for (const g of course.goals.list()) cardFor.goal(g.id)
  for (const a of course.agreements.list()) cardFor.agreement(a.id)

  const addPerson = (n: number, day: number) => {
    const created = course.people.create(
      {
        name: `${pick(FIRST_NAMES)} ${n}`,
        role: pick(ROLES),
        sector: pick(Sectors),
        ring: pick(Rings),
      },
      by,
      dayAt(day),
    )
    cardFor.person(created.id)
  }

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

  const goals = course.goals.list().map((g) => g.id)
  const addAgreement = (n: number, day: number) => {
    const people = course.people.list().filter((p) => !p.excludedByCitizen)
    const owner = random() < 0.3 ? citizen : person(pick(people).id)
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
    cardFor.agreement(created.id)
  }

  const nextStatus: Record<AgreementStatus, AgreementStatus> = {
    agreed: 'inProgress',
    inProgress: 'delayed',
    delayed: 'changed',
    changed: 'done',
    done: 'inProgress',
    abandoned: 'agreed',
  }
  const changeStatus = (day: number) => {
    const agreement = pick(course.agreements.list())
    changeAgreementStatus(
      course,
      agreement.id,
      { to: nextStatus[agreement.status], note: `Opfølgning dag ${day}` },
      by,
      dayAt(day),
    )
  }

  // A drag moves one card: its whole record rewritten with a new position, as the board writes it.
  const drag = () => {
    const id = pick(cards)
    const current = canvas.get(id)
    if (!current) throw new Error(`no card ${id}`)
    canvas.set(id, { ...current, x: Math.round(random() * 16000) / 10, y: Math.round(random() * 9000) / 10 })
  }

  // Spread over a year: each day gets its share of every kind of edit, in the same proportions.
  const planned = (total: number, day: number) => Math.round(((day + 1) / 365) * total)
  const done = { people: course.people.list().length, agreements: course.agreements.list().length }
  let meetings = 0
  let statusChanges = 0
  let drags = 0
  for (let day = 0; day < 365; day++) {
    while (done.people < planned(size.people, day) || (day === 364 && done.people < size.people))
      addPerson(done.people++, day)
    while (
      done.agreements < planned(size.agreements, day) ||
      (day === 364 && done.agreements < size.agreements)
    )
      addAgreement(done.agreements++, day)
    while (statusChanges < planned(size.agreementStatusChanges, day)) {
      changeStatus(day)
      statusChanges++
    }
    while (drags < planned(size.cardDrags, day)) {
      drag()
      drags++
    }
    if (
      meetings < size.coordinatorMeetings &&
      day === Math.floor(((meetings + 0.5) / size.coordinatorMeetings) * 365)
    )
      coordinatorMeeting(meetings++, day)
  }
  return {
    updates,
    doc,
    counts: {
      people: course.people.list().length,
      meetings: course.meetings.list().length,
      agreements: course.agreements.list().length,
      agreementStatusChanges: statusChanges,
      cards: cards.length,
      cardDrags: drags,
    },
  }
}
