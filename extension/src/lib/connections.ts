import { type CourseConnection, connectCourse } from '@bordenden/client'
import { PanelError } from './panel-error.ts'
import type { Settings } from './settings.ts'

/**
 * One live connection per course for as long as the panel is open, shared by the meeting view and the
 * context-menu capture, so a confirmed capture goes out over a socket that is already synced. The
 * course is kept in the extension's IndexedDB as the board keeps it: what was written while the server
 * was away survives closing the panel and is sent when the course is next opened here (forgotten at
 * sign-out).
 */
const open = new Map<string, CourseConnection>()

export function courseConnection(settings: Settings, courseId: string): CourseConnection {
  let connection = open.get(courseId)
  if (!connection || connection.status === 'disconnected') {
    connection = connectCourse({
      serverUrl: settings.serverUrl,
      courseId,
      keepOffline: true,
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

/** How long a confirmed capture waits for the course to sync before it tells the person. */
export const SYNC_TIMEOUT_MS = 10_000

/**
 * Resolves once the connection is synced. While it is still connecting or reconnecting, that could
 * take forever: after `ms` it rejects with a message to show, as it does when the server refuses.
 */
export function whenSyncedWithin(connection: CourseConnection, ms = SYNC_TIMEOUT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new PanelError('captureNotSynced')), ms)
    connection.whenSynced().then(
      () => {
        clearTimeout(timer)
        resolve()
      },
      () => {
        clearTimeout(timer)
        reject(new PanelError('captureRefused'))
      },
    )
  })
}

/** Closes every socket (on sign-out). */
export function closeAllConnections(): void {
  for (const connection of open.values()) connection.destroy()
  open.clear()
}
