import { canvasSchemaTag } from '@bordenden/canvas-schema'
import { type CourseConnection, type CourseUser, connectCourse } from '@bordenden/client'
import { useEffect, useState } from 'react'

/**
 * A connection to a course on the server that served this page, for as long as the component lives.
 * `user` is asked once per connection: who the others see, or null to stay unseen. `keepOffline` keeps
 * the document in this browser for people who edit (see `connectCourse`).
 */
export function useConnection(
  route: { courseId: string; token?: string },
  user: () => CourseUser | null,
  keepOffline = false,
): CourseConnection | undefined {
  const [connection, setConnection] = useState<CourseConnection>()
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new user is published on the open connection, not by reconnecting
  useEffect(() => {
    // The board's tldraw record versions: a server on others tells this page to reload (4426).
    const next = connectCourse({
      serverUrl: window.location.origin,
      ...route,
      user: user(),
      keepOffline,
      canvasSchema: canvasSchemaTag,
    })
    setConnection(next)
    return () => {
      next.destroy()
      setConnection(undefined)
    }
  }, [route, keepOffline])
  return connection
}
