import { CourseDoc, privateDocId } from '@bordenden/model'
import type { RoomRegistry } from '../sync/rooms.ts'

/** Runs `work` on the course with its coordinator-only document, where the e-mail addresses are. */
export const readWithContacts = <T>(rooms: RoomRegistry, courseId: string, work: (course: CourseDoc) => T) =>
  rooms.read(courseId, (shared) =>
    rooms.read(privateDocId(courseId), (kept) => work(new CourseDoc(shared.doc, kept.doc))),
  )

/** Something that looks like one address (the contact field is free text: "ring først" is not one). */
const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/

/** A party's e-mail address: the citizen's from the course's mail settings, a person's from their contact details. */
export function addressOf(course: CourseDoc, citizenEmail: string, party: string): string | null {
  const person = party === 'citizen' ? null : course.people.get(party)
  if (party !== 'citizen' && (!person || person.excludedByCitizen)) return null
  const raw = (party === 'citizen' ? citizenEmail : (person?.contact.email ?? '')).trim()
  return raw.length <= 254 && ADDRESS.test(raw) ? raw : null
}
