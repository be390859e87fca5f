import { CourseDoc, ValidationError, type ValidationIssue } from '@bordenden/model'
import type { RoomRegistry } from '../sync/rooms.ts'

export type CourseChange<T> =
  | { ok: true; value: T }
  | { ok: false; error: string; issues: readonly ValidationIssue[] }

/**
 * Runs a model operation on a course document as the server, attributed to `actor`, so the change is
 * stored and reaches every open board like any edit. A broken rule comes back as a refusal (nothing
 * written, since model operations validate before they write), any other error is thrown.
 */
export function changeCourse<T>(
  rooms: RoomRegistry,
  courseId: string,
  actor: string,
  work: (course: CourseDoc) => T,
): Promise<CourseChange<T>> {
  return rooms.read(courseId, (room) => {
    const course = new CourseDoc(room.doc)
    try {
      let value: T | undefined
      room.change(actor, () => {
        value = work(course)
      })
      return { ok: true as const, value: value as T }
    } catch (error) {
      if (error instanceof ValidationError)
        return { ok: false as const, error: error.message, issues: error.issues }
      throw error
    }
  })
}
