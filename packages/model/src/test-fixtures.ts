import * as Y from 'yjs'
import { advanceAgenda, themesOf } from './agenda.ts'
import { CourseDoc } from './course.ts'
import {
  type Attendance,
  createMeeting,
  inviteToMeeting,
  type MeetingRole,
  markAttendance,
  openMeeting,
} from './meeting.ts'
import type { Sector } from './network.ts'

/** Shared set-up for the unit tests (not part of the public API). */

/** A fixed clock: 2025-06-01 08:00 UTC. */
export const T0 = Date.UTC(2025, 5, 1, 8)
export const minutes = (n: number) => T0 + n * 60_000

/** A course as its coordinator sees it: the shared document and the coordinator-only one. */
export function newCourse(doc = new Y.Doc(), privateDoc: Y.Doc | null = new Y.Doc()): CourseDoc {
  const course = new CourseDoc(doc, privateDoc)
  course.initialise({ courseId: 'c1', title: 'Testforløb', citizenName: 'Jens Madsen', createdAt: T0 })
  return course
}

/** A second replica of `course`'s document, as another client would have it. */
export function replica(course: CourseDoc): CourseDoc {
  const copy = (from: Y.Doc) => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(from))
    return doc
  }
  return new CourseDoc(copy(course.doc), course.privateDoc && copy(course.privateDoc))
}

/** Exchanges all updates between two replicas, both ways (each of their documents). */
export function sync(a: CourseDoc, b: CourseDoc): void {
  const pairs: [Y.Doc | null, Y.Doc | null][] = [
    [a.doc, b.doc],
    [a.privateDoc, b.privateDoc],
  ]
  for (const [x, y] of pairs) {
    if (!x || !y) continue
    Y.applyUpdate(y, Y.encodeStateAsUpdate(x, Y.encodeStateVector(y)))
    Y.applyUpdate(x, Y.encodeStateAsUpdate(y, Y.encodeStateVector(x)))
  }
}

export function addPerson(course: CourseDoc, name: string, sector: Sector = 'municipal'): string {
  return course.people.create({ name, sector }, 'test', T0).id
}

export interface MeetingSetup {
  /** [name, attendance, role]; invited in this order. */
  invitees?: [string, Attendance, MeetingRole?][]
  themes?: string[]
  date?: string
}

/**
 * A network meeting with invitees, opened (when `open`) and moved on to its first theme. Returns the ids
 * of the meeting, its themes, and the people by name.
 */
export function meetingAtFirstTheme(course: CourseDoc, setup: MeetingSetup = {}) {
  const { invitees = [], themes = ['Bolig', 'Ryggen'], date = '2025-06-01' } = setup
  const people: Record<string, string> = {}
  for (const [name] of invitees) people[name] = addPerson(course, name)
  const meeting = createMeeting(course, { title: 'Netværksmøde', date, themes }, 'test', T0)
  for (const [name, , role = 'participant'] of invitees) {
    inviteToMeeting(course, meeting.id, { personId: people[name] ?? '', role }, 'test', T0)
  }
  openMeeting(course, meeting.id, 'test', minutes(1))
  for (const [name, attendance] of invitees)
    markAttendance(course, meeting.id, people[name] ?? '', attendance, 'test', minutes(1))
  const themeIds = themesOf(course, meeting.id).map((t) => t.id)
  let current = course.meetings.getOrThrow(meeting.id).currentItemId
  while (current !== themeIds[0])
    current = advanceAgenda(course, meeting.id, current, 'test', minutes(2)).value.currentItemId
  return { meetingId: meeting.id, themeIds, people }
}

/** Every entity stored in the document's collections, valid or not, as raw JSON. */
export function rawEntities(course: CourseDoc, key: string): unknown[] {
  return [...course.doc.getMap<Y.Map<unknown>>(key).values()].map((fields) => fields.toJSON())
}
