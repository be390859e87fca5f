import type { CourseDoc, IsoDate } from '@bordenden/model'
import { createContext, type ReactNode, useContext } from 'react'
import { useContentVersion } from './useCourseContent.ts'

/** Who is looking at the course and what they may do; the views write through the model as `actor`. */
export interface CourseSession {
  course: CourseDoc
  /** Recorded as createdBy/updatedBy and in status histories. */
  actor: string
  /** Whether the server lets this person change the course (the views hide what they could not do). */
  canEdit: boolean
  /** The facilitator (the coordinator) moves the agenda and gives the floor. */
  facilitator: boolean
  /** The calendar day the views count deadlines from. */
  today: IsoDate
}

const SessionContext = createContext<CourseSession | null>(null)

export function CourseSessionProvider({
  session,
  children,
}: {
  session: CourseSession
  children: ReactNode
}) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
}

export function useCourseSession(): CourseSession {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useCourseSession needs a CourseSessionProvider')
  return session
}

/**
 * The session, re-rendering the calling component whenever the course's structured content changes
 * (people, meetings, agenda, parking lot, goals, agreements, metadata), by anyone. Canvas layout changes
 * do not count: a dragged shape must not re-render every list.
 */
export function useCourse(): CourseSession {
  const session = useCourseSession()
  useContentVersion(session.course)
  return session
}
