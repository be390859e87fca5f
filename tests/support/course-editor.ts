import { CourseDoc } from '@bordenden/model'
import type { ApiClient } from './api.ts'
import type { CourseAccess, ServerProcess } from './server.ts'
import { connectWithSession } from './yjs-client.ts'

/**
 * Reads or edits a course as its coordinator's board would: both of its documents (the shared one and
 * the coordinator-only one) over the sync protocol with her session. Returns once a second client has
 * synced both, so the change is durable on the server.
 */
export async function withCourseDoc<T>(
  server: ServerProcess,
  coordinator: ApiClient,
  courseId: string,
  work: (course: CourseDoc) => T,
): Promise<T> {
  const open = () => {
    const clients = [courseId, `${courseId}/private`].map((room) =>
      connectWithSession(server.wsUrl, room, coordinator.cookie ?? ''),
    )
    return { clients, synced: () => Promise.all(clients.map((c) => c.synced())) }
  }
  const editor = open()
  await editor.synced()
  const [shared, kept] = editor.clients
  if (!shared || !kept) throw new Error('no clients')
  const result = work(new CourseDoc(shared.doc, kept.doc))
  const witness = open()
  await witness.synced()
  for (const client of [...editor.clients, ...witness.clients]) client.destroy()
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
