import { type CourseConnection, type CourseUser, connectCourse } from '@bordenden/client'
import { useEffect, useState } from 'react'

/**
 * A connection to a course on the server that served this page, for as long as the component lives.
 * `user` is asked once per connection: who the others see, or null to stay unseen. `keepOffline` keeps
 * the document in this browser for people who edit (see `connectCourse`); `canvasSchema` is the tag of the
 * tldraw record versions a page that draws the board writes (the citizen page draws none).
 */
export function useConnection(
  route: { courseId: string; token?: string },
  user: () => CourseUser | null,
  keepOffline = false,
  canvasSchema?: string,
): CourseConnection | undefined {
  const [connection, setConnection] = useState<CourseConnection>()
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new user is published on the open connection, not by reconnecting
  useEffect(() => {
    const next = connectCourse({
      serverUrl: window.location.origin,
      ...route,
      user: user(),
      keepOffline,
      ...(canvasSchema !== undefined ? { canvasSchema } : {}),
    })
    setConnection(next)
    return () => {
      next.destroy()
      setConnection(undefined)
    }
  }, [route, keepOffline])
  return connection
}
