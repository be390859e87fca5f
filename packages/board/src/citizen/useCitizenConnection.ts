import { type CourseConnection, connectCourse } from '@bordenden/client'
import { useEffect, useState } from 'react'
import type { CitizenRoute } from './route.ts'

/**
 * The course, live and read-only, for as long as the page is open. Nobody sees the citizen until they
 * choose to be seen (`user: null` publishes no presence).
 */
export function useCitizenConnection(route: CitizenRoute): CourseConnection | undefined {
  const [connection, setConnection] = useState<CourseConnection>()
  useEffect(() => {
    const next = connectCourse({ serverUrl: window.location.origin, ...route, user: null })
    setConnection(next)
    return () => {
      next.destroy()
      setConnection(undefined)
    }
  }, [route])
  return connection
}
