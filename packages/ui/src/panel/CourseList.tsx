import { formatDate } from '@bordenden/text'
import { useLabel, useLocale } from '../locale.tsx'
import { usePanelText } from './texts.ts'
import type { CourseOverview } from './types.ts'

export interface CourseListProps {
  courses: CourseOverview[]
  today: string
  selectedId: string | null
  onSelect(courseId: string): void
  /** Where the full board of a course opens (a normal tab on the server). */
  boardUrl(courseId: string): string
}

/** "Mine forløb": phase, the meeting now or next, and how many agreements are overdue or due soon. */
export function CourseList({ courses, today, selectedId, onSelect, boardUrl }: CourseListProps) {
  const t = usePanelText()
  const label = useLabel()
  const locale = useLocale()
  if (courses.length === 0) return <p className="bd-empty">{t('noCourses')}</p>
  return (
    <ul className="bd-list" aria-label={t('courses')}>
      {courses.map((course) => {
        const meeting = course.openMeeting ?? course.nextMeeting
        const selected = course.courseId === selectedId
        return (
          <li key={course.courseId} className="bd-card" aria-current={selected ? 'true' : undefined}>
            <h3 className="bd-card-title">{course.title}</h3>
            {course.phase && <p className="bd-muted">{label('coursePhase', course.phase)}</p>}
            <p>
              {course.openMeeting ? t('meetingNow') : meeting ? t('nextMeeting') : t('noMeeting')}
              {meeting &&
                `: ${formatDate(meeting.date, 'dayWithWeekday', locale, today)}${meeting.startTime ? ` ${meeting.startTime}` : ''}`}
            </p>
            <p className="bd-counts">
              <span className={course.overdue > 0 ? 'bd-badge bd-badge-alert' : 'bd-badge'}>
                {course.overdue} {t('overdue')}
              </span>
              <span className="bd-badge">
                {course.dueSoon} {t('dueSoon')}
              </span>
            </p>
            <div className="bd-actions">
              <button type="button" onClick={() => onSelect(course.courseId)} aria-pressed={selected}>
                {selected ? t('chosen') : t('choose')}
              </button>
              <a href={boardUrl(course.courseId)} target="_blank" rel="noreferrer">
                {t('openBoard')}
              </a>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
