import { type Meeting, meetingInFocus } from '@bordenden/model'
import { useCourse } from '../live/CourseSession.tsx'

/** The meeting the boards show (the open one, else the next), live. */
export function useMeetingInFocus(): Meeting | undefined {
  const { course, today } = useCourse()
  return meetingInFocus(course, today)
}
