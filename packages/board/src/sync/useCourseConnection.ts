import { type CourseConnection, connectCourse } from '@bordenden/client'
import { useEffect, useState } from 'react'
import { currentCourseUser } from '../identity.ts'
import type { BoardRoute } from '../route.ts'

/** A connection to the course on the server that served this page, for as long as the component lives. */
export function useCourseConnection(route: BoardRoute): CourseConnection | undefined {
  const [connection, setConnection] = useState<CourseConnection>()
  useEffect(() => {
    const next = connectCourse({ serverUrl: window.location.origin, ...route, user: currentCourseUser() })
    setConnection(next)
    return () => {
      next.destroy()
      setConnection(undefined)
    }
  }, [route])
  return connection
}
