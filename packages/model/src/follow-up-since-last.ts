import { type Agreement, isOpen } from './agreements.ts'
import type { CourseDoc } from './course.ts'
import type { ParkedTopic } from './parking.ts'

/** What the follow-up item of a meeting goes through: what is still open from the meetings before it. */
export interface FollowUpSinceLast {
  /** Open agreements made before this meeting (or between meetings), earliest due date first. */
  agreements: Agreement[]
  /** Topics parked at an earlier meeting and neither handled nor carried forward as a theme. */
  parkedTopics: ParkedTopic[]
}

/**
 * "Opfølgning siden sidst" read live from the document, so the item shows each agreement's latest status
 * as owners report it between meetings rather than a copy taken when the meeting was planned.
 */
export function followUpSinceLast(course: CourseDoc, meetingId: string): FollowUpSinceLast {
  const meeting = course.meetings.getOrThrow(meetingId)
  const earlier = new Set(
    course.meetings
      .list()
      .filter((other) => other.id !== meetingId && other.date <= meeting.date)
      .map((other) => other.id),
  )
  const before = (id: string | null) => id === null || earlier.has(id)
  return {
    agreements: course.agreements
      .list()
      .filter((a) => isOpen(a) && a.meetingId !== meetingId && before(a.meetingId))
      .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.createdAt - b.createdAt),
    parkedTopics: course.parkedTopics
      .list()
      .filter((topic) => topic.status === 'parked' && earlier.has(topic.meetingId))
      .sort((a, b) => a.createdAt - b.createdAt),
  }
}
