import { CourseDoc } from '@bordenden/model'
import type { ApiClient } from './api.ts'
import type { CourseAccess, ServerProcess } from './server.ts'
import { connectYjsClient } from './yjs-client.ts'

/**
 * Reads or edits a course document as a participant at the table would: through a share link and the
 * sync protocol. Returns once a second client has synced, so the change is durable on the server.
 */
export async function withCourseDoc<T>(
  server: ServerProcess,
  coordinator: ApiClient,
  courseId: string,
  work: (course: CourseDoc) => T,
): Promise<T> {
  const access = await participantAccess(server, coordinator, courseId)
  const client = connectYjsClient(access)
  await client.synced()
  const result = work(new CourseDoc(client.doc))
  const witness = connectYjsClient(access)
  await witness.synced()
  client.destroy()
  witness.destroy()
  return result
}

/** A new participant link to the course that may edit for the next hour, as a sync client uses it. */
export async function participantAccess(
  server: ServerProcess,
  coordinator: ApiClient,
  courseId: string,
): Promise<CourseAccess> {
  const now = Date.now()
  const link = await coordinator.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
    kind: 'participant',
    label: 'test editor',
    editFrom: now - 1000,
    editUntil: now + 3_600_000,
  })
  return { wsBase: server.wsUrl, courseId, token: link.body.token }
}

/** The id of the demo course's most recent held (closed) meeting. */
export const latestClosedMeeting = (course: CourseDoc): string => {
  const closed = course.meetings.list().filter((m) => m.status === 'closed')
  const latest = closed.sort((a, b) => a.date.localeCompare(b.date)).at(-1)
  if (!latest) throw new Error('the course has no closed meeting')
  return latest.id
}
