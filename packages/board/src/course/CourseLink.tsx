import { useCourseSession } from '@bordenden/ui'
import { coursePageUrl } from '../route.ts'
import { usePageTexts } from './texts.ts'

/** From the board to the course page (records, follow-up, phases): for the course's coordinators only. */
export function CourseLink({ className }: { className?: string }) {
  const t = usePageTexts()
  const { course, facilitator } = useCourseSession()
  const courseId = course.readMeta()?.courseId
  if (!facilitator || !courseId) return null
  return (
    <a className={className} href={coursePageUrl(courseId)}>
      {t('boardLink')}
    </a>
  )
}
