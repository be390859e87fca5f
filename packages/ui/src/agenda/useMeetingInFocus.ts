import { type Meeting, meetingInFocus } from '@bordenden/model'
import { useCourseSession } from '../live/CourseSession.tsx'
import { useCourseQuery } from '../live/useCourseContent.ts'

/** The meeting the boards show (the open one, else the next), live. */
export function useMeetingInFocus(): Meeting | undefined {
  const { course, today } = useCourseSession()
  return useCourseQuery(course, meetingInFocus, today)
}
