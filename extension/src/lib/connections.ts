import { type CourseConnection, connectCourse } from '@bordenden/client'
import type { Settings } from './settings.ts'

/**
 * One live connection per course for as long as the panel is open, shared by the meeting view and the
 * context-menu capture, so a confirmed capture goes out over a socket that is already synced.
 */
const open = new Map<string, CourseConnection>()

export function courseConnection(settings: Settings, courseId: string): CourseConnection {
  let connection = open.get(courseId)
  if (!connection || connection.status === 'disconnected') {
    connection = connectCourse({
      serverUrl: settings.serverUrl,
      courseId,
      ...(settings.token ? { bearer: settings.token } : {}),
      user: {
        id: settings.user?.id ?? 'extension',
        name: settings.user?.name ?? 'Bordenden',
        color: '#1f4e5f',
      },
    })
    open.set(courseId, connection)
  }
  return connection
}

/** Closes every socket (on sign-out). */
export function closeAllConnections(): void {
  for (const connection of open.values()) connection.destroy()
  open.clear()
}
